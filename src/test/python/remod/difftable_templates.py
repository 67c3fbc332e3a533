# Differential table "templates": rows of (pattern, flags, subject) whose results CPython 3.11.7
# recorded (_diff/gen.py writes _diff/templates.txt); prints every row that differs, then a count.
import sys

sys.path.insert(0, "_diff")
import redescribe

redescribe.check("_diff/templates.txt")

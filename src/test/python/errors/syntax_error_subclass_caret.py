# Only an exact SyntaxError uses end_offset: its subclasses always get one caret, and an
# offset inside the indentation gets none.
import sys

try:
    raise SyntaxError("spans", ("prog.py", 3, 5, "    x = (1 +\n", 3, 9))
except SyntaxError as e:
    print(e.msg, e.offset, e.end_offset)
raise IndentationError("unexpected thing", ("prog.py", 3, 5, "    x = 1 + 2\n", 3, 10))

import sys

sys.path.insert(0, "_mods")
from star_noall import *

print(visible, also_visible, func())
print("_hidden" in globals(), "__dunder_hidden" in globals())
print(sorted(n for n in globals() if not n.startswith("__") and n != "sys"))

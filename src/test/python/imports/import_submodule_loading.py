import sys

import _lazy_pkg

print(_lazy_pkg.PKG)
print("mod loaded:", "_lazy_pkg.mod" in sys.modules, hasattr(_lazy_pkg, "mod"))
try:
    _lazy_pkg.mod
except AttributeError as e:
    print("AttributeError:", e)
import _lazy_pkg.mod

print("mod loaded:", "_lazy_pkg.mod" in sys.modules, _lazy_pkg.mod.MOD)
from _lazy_pkg import mod
print(mod is sys.modules["_lazy_pkg.mod"])

import sys

import _pkg

print(_pkg.PKG_CONST)
print(_pkg.sub_func())
print(_pkg.DEEP)
print(_pkg.sub.SUB_VALUE, _pkg.sub.__name__, _pkg.sub.__package__)
print(_pkg.subpkg.deep.__name__, _pkg.subpkg.deep.__package__)
print(_pkg.__name__, _pkg.__package__)
print(sorted(m for m in sys.modules if m.startswith("_pkg")))
from _pkg.subpkg import deep
print(deep is _pkg.subpkg.deep, deep.parent_name)

from .. import sub
from ..sub import SUB_VALUE
from . import __name__ as parent_name

print("_pkg.subpkg.deep executing, parent package:", parent_name)
DEEP = "deep sees " + SUB_VALUE + " via " + sub.__name__

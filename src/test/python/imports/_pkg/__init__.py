print("_pkg/__init__ executing, __name__ =", __name__, "__package__ =", __package__)
from . import sub
from .sub import sub_func
from .subpkg.deep import DEEP
PKG_CONST = "package constant"

# warnings.warn: categories, stacklevel, the message line format, the registry ("default" shows once per line).
import sys
import warnings

warnings.warn("plain user warning")
warnings.warn("explicit category", RuntimeWarning)
warnings.warn(FutureWarning("a warning instance"))
warnings.warn(3)
for i in range(3):
    warnings.warn("shown once for this line")
warnings.warn("shown once for this line")       # another line: shown again


def library():
    warnings.warn("blame the caller", UserWarning, stacklevel=2)


def deeper():
    library()


deeper()
library()
warnings.warn("too deep", stacklevel=50)
warnings.warn("stacklevel 0 names warnings.py itself? no: sys:1 or the module", stacklevel=1)
for bad in [int, "UserWarning", Exception]:
    try:
        warnings.warn("x", bad)
    except TypeError as e:
        print(e)
print(sorted(k for k in __warningregistry__ if k != "version"))
print(warnings.formatwarning("msg", UserWarning, "file.py", 3))
print(repr(warnings.formatwarning("msg", DeprecationWarning, "file.py", 3, "   source line   ")))
print(repr(warnings.formatwarning("msg", UserWarning, "warn_basics.py", 1)))
print(repr(warnings.formatwarning("msg", UserWarning, "warn_basics.py", 1, "")))
warnings.showwarning("to stdout", UserWarning, "x.py", 7, sys.stdout)
warnings.showwarning("with a line", UserWarning, "x.py", 7, sys.stdout, "the line")
warnings.showwarning("to stderr", UserWarning, "x.py", 8)
warnings.warn_explicit("explicit", UserWarning, "zz.py", 4)
warnings.warn_explicit("explicit", UserWarning, "zz.py", 4, module="m", registry={})
registry = {}
warnings.warn_explicit("registered", UserWarning, "zz.py", 5, registry=registry)
warnings.warn_explicit("registered", UserWarning, "zz.py", 5, registry=registry)
print(sorted((k for k in registry if k != "version"), key=str))
warnings.warn_explicit(SyntaxWarning("an instance"), UserWarning, "zz.py", "6")
warnings.warn("resource", ResourceWarning, source=object())
warnings.simplefilter("always", ResourceWarning)
warnings.warn("resource", ResourceWarning, source=object())
warnings.warn("resource without source", ResourceWarning)
print(warnings.WarningMessage("m", UserWarning, "f", 1))
print(warnings.WarningMessage(UserWarning("w"), UserWarning, "f", 2, None, "line"))
print(warnings.__all__)


def module_code():
    warnings._deprecated("oldmod", remove=(3, 12))


def importer():
    module_code()


importer()
for version in [(3, 11, 0, "final", 0), (3, 11, 0, "alpha", 0), (3, 12, 0, "final", 0)]:
    try:
        warnings._deprecated("x", remove=(3, 11), _version=version)
        print("no error for", version[:4])
    except RuntimeError as e:
        print(e)
print(warnings._DEPRECATED_MSG)

import sys

sys.path.insert(0, "_mods")
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, "|", e, "|", e.name)
try:
    import _pkg.no_such_sub
except ModuleNotFoundError as e:
    print(e, "|", e.name)
try:
    import greeting.sub
except ModuleNotFoundError as e:
    print(e)
try:
    from greeting import does_not_exist
except ImportError as e:
    print(type(e).__name__, "|", e.name, "|", str(e).split(" (")[0])
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, "|", e)
try:
    from _lazy_pkg import missing_thing
except ImportError as e:
    print(str(e).split(" (")[0])
print(issubclass(ModuleNotFoundError, ImportError))
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)

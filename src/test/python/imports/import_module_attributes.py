import sys

sys.path.insert(0, "_mods")
import greeting
import _pkg.sub

print(greeting.__name__, repr(greeting.__package__), greeting.__file__.replace("\\", "/").split("/")[-1])
print(_pkg.__name__, _pkg.__package__, _pkg.__file__.replace("\\", "/").split("/")[-2:])
print(_pkg.sub.__name__, _pkg.sub.__package__)
print(hasattr(_pkg, "__path__"), hasattr(greeting, "__path__"))
print(sorted(k for k in vars(greeting) if not k.startswith("__")))
print(sorted(n for n in dir(greeting) if not n.startswith("__")))
print(__name__, repr(__package__), __spec__)
print(type(sys).__name__, sys.__name__)

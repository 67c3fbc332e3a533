import sys

a = "".join(["inter", "ned_string_value"])
b = "".join(["interned_", "string_value"])
print(a == b, a is b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is ib, ia == a)
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError", e)
print("sys" in sys.modules, "builtins" in sys.modules, "__main__" in sys.modules, "definitely_not_a_module" in sys.modules)
print(sys.modules["sys"] is sys, type(sys.modules).__name__)
import math
print("math" in sys.modules, sys.modules["math"] is math)
main = sys.modules["__main__"]
marker = "main-module-global"
print(main.marker, main.__name__)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))

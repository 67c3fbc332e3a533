m = __import__("math")
print(m.__name__, m.sqrt(16), m is __import__("math"))
s = __import__("sys")
print(s.__name__, "math" in s.modules, "sys" in s.modules)
try:
    __import__("no_such_module_gilpy")
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    __import__(5)
except TypeError as e:
    print("TypeError", e)
import math as mm
print(mm is m, type(m).__name__)
b = __import__("builtins")
print(b.len is len, b.__name__)

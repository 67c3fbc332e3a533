import _deep.a.b.c as x

print(x.NAME, x.__name__)
print("_deep" in globals(), "x" in globals())
import _deep.a.b.c

print(_deep.a.b.c is x, _deep.a.b.__name__)
from _deep.a import b
print(b.c.NAME)
from _deep.a.b import c as c_mod
print(c_mod is x)
import _deep.a as a_pkg
print(a_pkg.b is b)

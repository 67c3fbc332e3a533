# `__slots__ = ()` on a subclass of tuple, list or dict: instances get no __dict__ (namedtuple relies on it)
class T(tuple):
    __slots__ = ()
t = T((1,))
try:
    t.z = 3
except AttributeError as e: print(e)
U = type('U', (tuple,), {'__slots__': ()})
u = U((1,))
try:
    u.z = 3
except AttributeError as e: print(e)
class L(list):
    __slots__ = ()
try:
    L().z = 3
except AttributeError as e: print(e)
class D(dict):
    __slots__ = ()
try:
    D().z = 3
except AttributeError as e: print(e)
class T3(T):
    pass
y = T3(); y.q = 1; print(y.__dict__)
print(hasattr(T((1,)), '__dict__'))

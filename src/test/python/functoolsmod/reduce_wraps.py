# reduce, update_wrapper and wraps.
import functools
from functools import reduce, update_wrapper, wraps, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES
import operator

print(reduce(operator.add, [1, 2, 3, 4, 5]), reduce(lambda x, y: x + y, [1, 2, 3, 4, 5], 10))
print(reduce(operator.mul, range(1, 11)), reduce(max, [3, 9, 2]), reduce(operator.add, [], "init"))
print(reduce(operator.add, ["a"]), reduce(lambda acc, x: acc + [x * 2], "abc", []))
print(reduce(operator.add, iter([[1], [2]])), reduce(operator.concat, ("ab", "cd")))

def check(fn, *a, **k):
    try:
        print(repr(fn(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(reduce)
check(reduce, len)
check(reduce, len, 1)
check(reduce, operator.add, [])
check(reduce, operator.add, iter([]))
check(reduce, len, [], 1, 2)
check(reduce, len, [], initial=2)
check(reduce, 1, [1, 2])
check(reduce, operator.add, [1, "a"])

print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)

def my_decorator(f):
    @wraps(f)
    def wrapper(*args, **kwds):
        print("Calling decorated function")
        return f(*args, **kwds)
    return wrapper

@my_decorator
def example(a: int) -> str:
    """Docstring"""
    return "Called example function %d" % a

print(example(1))
print(example.__name__, example.__doc__, example.__qualname__, example.__module__, example.__annotations__)
print(example.__wrapped__.__name__, example.__wrapped__(2))

def wrapped():
    "wrapped doc"
wrapped.attr = "from wrapped"
wrapped.__wrapped__ = "inner"
def wrapper():
    pass
wrapper.attr2 = "mine"
r = update_wrapper(wrapper, wrapped)
print(r is wrapper, wrapper.__doc__, wrapper.attr, wrapper.attr2, wrapper.__wrapped__ is wrapped)

# missing attributes are skipped; assigned and updated can be chosen
class Obj:
    pass
o = Obj()
def w2():
    pass
update_wrapper(w2, o, assigned=("__name__", "__doc__", "missing"), updated=())
print(w2.__name__, w2.__doc__, w2.__wrapped__ is o)
def w3():
    pass
update_wrapper(w3, wrapped, assigned=(), updated=("__dict__",))
print(w3.__name__, w3.attr)
p = functools.partial(len)
update_wrapper(p, wrapped)
print(p.__name__, p.__doc__, p("abc"))
def w4():
    pass
try:
    update_wrapper(w4, wrapped, updated=("nonexistent",))
except AttributeError as e:
    print("AttributeError:", e)
print(type(wraps(wrapped)).__name__, wraps(wrapped).func is update_wrapper)

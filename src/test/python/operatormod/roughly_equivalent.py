# The docs' pure-Python equivalents of the getters agree with the real ones.
import operator

def attrgetter(*items):
    if any(not isinstance(item, str) for item in items):
        raise TypeError('attribute name must be a string')
    if len(items) == 1:
        attr = items[0]
        def g(obj):
            return resolve_attr(obj, attr)
    else:
        def g(obj):
            return tuple(resolve_attr(obj, attr) for attr in items)
    return g

def resolve_attr(obj, attr):
    for name in attr.split("."):
        obj = getattr(obj, name)
    return obj

def itemgetter(*items):
    if len(items) == 1:
        item = items[0]
        def g(obj):
            return obj[item]
    else:
        def g(obj):
            return tuple(obj[item] for item in items)
    return g

def methodcaller(name, /, *args, **kwargs):
    def caller(obj):
        return getattr(obj, name)(*args, **kwargs)
    return caller

class N:
    def __init__(self, **kw): self.__dict__.update(kw)

obj = N(a=1, b=N(c=2, d=N(e=3)))
for names in [("a",), ("b.c",), ("a", "b.d.e"), ("b.d.e", "b.c", "a")]:
    print(names, attrgetter(*names)(obj) == operator.attrgetter(*names)(obj))
for items in [(0,), (1, 2), (-1, 0, slice(1, 3))]:
    seq = "abcdef"
    print(items, itemgetter(*items)(seq) == operator.itemgetter(*items)(seq), operator.itemgetter(*items)(seq))
for name, args, kw in [("upper", (), {}), ("replace", ("a", "b"), {}), ("split", (), {"sep": "a", "maxsplit": 1})]:
    s = "banana"
    print(name, methodcaller(name, *args, **kw)(s) == operator.methodcaller(name, *args, **kw)(s))

# the in-place functions behave as the augmented statements
a = [1]; b = a
a += [2]
c = [1]; d = operator.iadd(c, [2])
print(a is b, d is c, a == d)
x = 5
x **= 2
print(x == operator.ipow(5, 2))

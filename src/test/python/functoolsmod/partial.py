# partial and partialmethod: calls, attributes, flattening, reprs, errors.
from functools import partial, partialmethod

def f(*args, **kw):
    return args, kw

p = partial(f, 1, 2, a=3)
print(p(), p(4, b=5), p(a=9))
print(p.func is f, p.args, p.keywords, type(p.args), type(p.keywords))
basetwo = partial(int, base=2)
basetwo.__doc__ = "Convert base 2 string to an int."
print(basetwo("10010"), basetwo.__doc__, basetwo.keywords)
print(partial(max, 3)(1, 7), partial(sorted, key=len)(["ccc", "a", "bb"]))

# nested partials are flattened into one
q = partial(partial(f, 1, x=1), 2, y=2)
print(q.func is f, q.args, q.keywords, q(3))
r = partial(partial(f, x=1), x=2)
print(r.keywords, r())

# a partial with attributes of its own keeps them and is not flattened
inner = partial(f, 1)
inner.note = "kept"
outer = partial(inner, 2)
print(outer.func is inner, outer.args, outer())

print(repr(partial(len)), repr(partial(len, "abc")), repr(partial(dict, 1, a=2, b=[3])))
print(repr(partial(partial(max, 1), 2)))
class MyPartial(partial):
    pass
mp = MyPartial(len, "xyz")
print(repr(mp), mp(), type(mp).__name__, isinstance(mp, partial))
print(partial[int])

# attributes and their errors
p = partial(len)
for name, value in [("func", max), ("args", ()), ("keywords", {})]:
    try:
        setattr(p, name, value)
    except AttributeError as e:
        print("AttributeError:", e)
p.extra = 1
print(p.__dict__, vars(p))

def check(fn, *a, **k):
    try:
        print(repr(fn(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(partial)
check(partial, 1)
check(partial, func=len)
check(partial(len, "a"), "b")
check(partial(len), x=1)

# recursive repr
rp = partial(f)
rp2 = partial(f, rp)
print(repr(rp2).count("functools.partial"))

class Cell:
    def __init__(self):
        self._alive = False
    @property
    def alive(self):
        return self._alive
    def set_state(self, state):
        self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
    def where(self, *a, **k):
        return type(self).__name__, a, k
    where2 = partialmethod(where, 1, k=2)
    @classmethod
    def cm(cls, *a):
        return cls.__name__, a
    pcm = partialmethod(cm, "x")
    @staticmethod
    def sm(*a):
        return a
    psm = partialmethod(sm, "y")
    nested = partialmethod(partialmethod(where, 1), 2)
    plain = partialmethod(f, "z")

c = Cell()
print(c.alive)
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)
print(c.where2(3), c.where2(k=4), Cell.where2(c, 5))
print(c.pcm(), Cell.pcm(), c.psm(1), Cell.psm())
print(c.nested(3), c.plain()[0][0] is c, c.plain()[0][1:])
print(repr(Cell.__dict__["where2"]).startswith("functools.partialmethod(<function Cell.where"))
print(repr(partialmethod(len, 1, a=2)), Cell.__dict__["set_alive"].args)
check(partialmethod, 1)
check(partialmethod)

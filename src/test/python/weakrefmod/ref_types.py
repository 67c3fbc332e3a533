# which objects can be referred to weakly (CPython's rules), and __weakref__
import weakref
import io
import _thread


class C:
    pass


class Slots:
    __slots__ = ("a",)


class SlotsWeak:
    __slots__ = ("a", "__weakref__")


class SubSlots(SlotsWeak):
    pass


class I(int):
    pass


class T(tuple):
    pass


class L(list):
    pass


class D(dict):
    pass


class S(str):
    pass


class E(Exception):
    pass


def f():
    yield 1


cands = [1, "a", b"b", (1,), [1], {}, None, 1.5, 2j, True, object(), C(), Slots(), SlotsWeak(),
         SubSlots(), I(1), T(), L(), D(), S(), E(), Exception(), set(), frozenset(), C, f, f(), len,
         [].append, weakref, range(3), memoryview(b"x"), bytearray(), slice(1),
         _thread.allocate_lock(), f.__code__, io.StringIO(), NotImplemented, ..., property(),
         weakref.ref(C), iter([])]
for c in cands:
    try:
        weakref.ref(c)
        print(type(c).__name__, "ok")
    except TypeError as e:
        print(type(c).__name__, e)

# __weakref__: the first weak reference, or None
o = C()
print(o.__weakref__)
r = weakref.ref(o, lambda r: None)
print(o.__weakref__ is r)
r0 = weakref.ref(o)
print(o.__weakref__ is r0)
print(type(C.__dict__["__weakref__"]).__name__, C.__weakref__.__name__, C.__weakref__.__qualname__, C.__weakref__.__objclass__ is C)
print("__weakref__" in Slots.__dict__, "__weakref__" in SlotsWeak.__dict__, "__weakref__" in SubSlots.__dict__)
print("__weakref__" in I.__dict__, "__weakref__" in L.__dict__, "__weakref__" in E.__dict__)
s = SlotsWeak()
print(s.__weakref__)
rs = weakref.ref(s)
print(s.__weakref__ is rs)
try:
    class Twice(SlotsWeak):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError:", e)

# cached_property: computed once, stored in the instance dict, and its errors.
from functools import cached_property

class DataSet:
    def __init__(self, seq):
        self._data = tuple(seq)
        self.computed = 0

    @cached_property
    def total(self):
        "The sum, computed once."
        self.computed += 1
        return sum(self._data)

d = DataSet([1, 2, 3])
print(d.total, d.total, d.computed, d.__dict__["total"])
del d.total
print(d.total, d.computed)
d.total = 100
print(d.total, d.computed)
print(type(DataSet.total).__name__, DataSet.total.attrname, DataSet.total.__doc__, DataSet.total.func.__name__)
print(cached_property[int])

class Child(DataSet):
    @cached_property
    def total(self):
        return "child " + str(super().total)
print(Child([4]).total)

class Slotted:
    __slots__ = ()
    @cached_property
    def y(self):
        return 1
try:
    Slotted().y
except TypeError as e:
    print("TypeError:", e)

class ReadOnlyDict:
    __slots__ = ("__dict__",)
    @cached_property
    def z(self):
        return 1
class Proxy:
    def __init__(self):
        object.__setattr__(self, "dictionary", {})
    @property
    def __dict__(self):
        return type(type.__dict__)({})
    @cached_property
    def w(self):
        return 2
try:
    Proxy().w
except TypeError as e:
    print("TypeError:", e)

cp = cached_property(lambda self: 1)
try:
    cp.__get__(DataSet([]), DataSet)
except TypeError as e:
    print("TypeError:", e)
try:
    class Twice:
        a = cached_property(lambda self: 1)
        b = a
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)

class Same:
    x = cached_property(lambda self: "same")
Same.y = Same.x
print(Same().x)
cp.__set_name__(Same, "later")
print(cp.attrname)

class Point:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = Point(1)
print(p.x)
try:
    p.y
except AttributeError as e:
    print("AttributeError", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(p, "__dict__"))
p.y = 2
print(p.x, p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError", e)
print(type(Point.x).__name__)
print(Point.__slots__)


class Sub(Point):
    pass


s = Sub(5)
s.extra = 1
print(s.extra, s.__dict__)


class SubSlots(Point):
    __slots__ = ("z",)


ss = SubSlots(1)
ss.z = 9
print(ss.x, ss.z)
try:
    ss.w = 1
except AttributeError as e:
    print("AttributeError", e)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)

try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError", e)


class Single:
    __slots__ = "only"


o = Single()
o.only = "yes"
print(o.only)

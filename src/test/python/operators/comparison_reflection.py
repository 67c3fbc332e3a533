class L:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


def make(op):
    def f(self, other):
        print("%s.__%s__(%s)" % (self.name, op, other))
        return NotImplemented
    return f


for op in ["lt", "le", "gt", "ge", "eq", "ne"]:
    setattr(L, "__%s__" % op, make(op))

a, b = L("a"), L("b")
print("== ->", a == b)
print("!= ->", a != b)
try:
    a < b
except TypeError as e:
    print("TypeError", e)
try:
    a >= b
except TypeError as e:
    print("TypeError", e)


class R:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("R.__lt__")
        return self.v < (other.v if isinstance(other, R) else other)

    def __gt__(self, other):
        print("R.__gt__")
        return self.v > (other.v if isinstance(other, R) else other)


print(5 < R(10))
print(5 > R(10))
print(R(1) < R(2))


class Base:
    def __eq__(self, other):
        print("Base.__eq__")
        return NotImplemented


class Derived(Base):
    def __eq__(self, other):
        print("Derived.__eq__")
        return True


print(Base() == Derived())
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True)
print(L("x") == L("x") if False else "skip")

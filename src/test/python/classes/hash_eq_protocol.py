class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)


print(Point.__hash__)
try:
    hash(Point(1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    {Point(1, 2)}
except TypeError as e:
    print("TypeError", e)
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(1, 3))
print(Point(1, 2) == 5)


class HPoint(Point):
    def __hash__(self):
        return hash((self.x, self.y))


d = {HPoint(1, 2): "a"}
print(d[HPoint(1, 2)])
print(hash(HPoint(1, 2)) == hash((1, 2)))
print(len({HPoint(0, 0), HPoint(0, 0), HPoint(1, 0)}))


class Plain:
    pass


a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a))


class Unhashable:
    __hash__ = None


try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError", e)


class BigHash:
    def __hash__(self):
        return 2 ** 70


print(hash(BigHash()) == hash(2 ** 70))


class BadHash:
    def __hash__(self):
        return "no"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)


class MinusOne:
    def __hash__(self):
        return -1


print(hash(MinusOne()))

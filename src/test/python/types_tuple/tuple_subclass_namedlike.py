class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return "Point(x=%r, y=%r)" % self


p = Point(1, 2)
print(p, p.x, p.y, len(p), p[0], p == (1, 2), isinstance(p, tuple))
print(p + (3,), type(p + (3,)).__name__, type(p[:]).__name__, type(p * 1).__name__)
x, y = p
print(x, y, sorted([Point(2, 1), Point(1, 5)]))
print(hash(p) == hash((1, 2)), {p: "v"}[(1, 2)])
print(tuple(p), type(tuple(p)).__name__)

class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    @classmethod
    def create(cls, name):
        return cls(name)

    @classmethod
    def describe(cls):
        return "%s has %d sides" % (cls.__name__, cls.sides)

    @staticmethod
    def area_of_square(side):
        return side * side


class Triangle(Shape):
    sides = 3


t = Triangle.create("tri")
print(type(t).__name__, t.name)
print(Shape.describe(), Triangle.describe(), t.describe())
print(Shape.area_of_square(4), t.area_of_square(5))
print(type(Shape.__dict__["create"]).__name__, type(Shape.__dict__["area_of_square"]).__name__)
sm = Shape.__dict__["area_of_square"]
print(sm.__func__(3))
print(callable(sm))
print(sm(6))
cm = Shape.__dict__["describe"]
print(cm.__func__(Triangle))
bound = Triangle.describe
print(bound.__self__ is Triangle)
print(Shape.area_of_square is Shape.__dict__["area_of_square"].__func__)


def free(x):
    return x + 1


class Holder:
    f = staticmethod(free)
    g = classmethod(lambda cls, y: (cls.__name__, y))


print(Holder.f(1), Holder().f(2), Holder.g(3), Holder().g(4))

# Classes: bases, keywords, bodies, super(), __class__, mangling, nesting.
class Plain:
    pass


class Point(Base, metaclass=Meta, flag=True):
    "Doc."
    dims: int = 2
    __secret = 1

    def __init__(self, x, y):
        super().__init__()
        self.__x = x
        self.y = y

    @property
    def x(self):
        return self.__x

    def cls(self):
        return __class__

    class Inner:
        def method(self):
            return Point.dims


def factory(value):
    class Local:
        attr = value
        other = 1

        def get(self):
            return value, other

    return Local


def shadowed(v):
    class C:
        v = v
        w = v

        def m(self):
            return v
    return C


class Starred(*bases, **options):
    pass

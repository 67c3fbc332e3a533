def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        return cls
    return deco


def add_repr(cls):
    fields = cls.fields

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields))
    cls.__repr__ = __repr__
    return cls


def replace(cls):
    return "replaced " + cls.__name__


REG = []


@register(REG)
@add_repr
class Point:
    fields = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


@register(REG)
class Other:
    pass


print(REG)
print(Point(1, "two"))


@replace
class Gone:
    pass


print(Gone)


def trace(label):
    print("evaluating decorator", label)

    def deco(cls):
        print("applying", label, "to", cls.__name__)
        return cls
    return deco


@trace("outer")
@trace("inner")
class Traced:
    print("class body")

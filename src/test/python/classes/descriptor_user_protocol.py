class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return "descriptor on " + objtype.__name__
        return getattr(obj, self.private, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("expected %s, got %s" % (self.kind.__name__, type(value).__name__))
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print("deleting", self.private)
        delattr(obj, self.private)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("Ann", 30)
print(p.name, p.age)
print(Person.name)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError", e)
del p.age
print(p.age)
print(sorted(vars(p)))


class Bound:
    def __get__(self, obj, objtype):
        return (type(obj).__name__, objtype.__name__)


class Host:
    b = Bound()


class SubHost(Host):
    pass


print(Host().b, Host.b, SubHost().b, SubHost.b)


class Getter:
    def __get__(self, obj, objtype=None):
        return lambda: "called via descriptor"


class Uses:
    method = Getter()


print(Uses().method())

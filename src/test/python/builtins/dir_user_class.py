class Base:
    base_attr = 1

    def base_method(self):
        pass


class Child(Base):
    child_attr = 2

    def __init__(self):
        self.instance_attr = 3

    def child_method(self):
        pass

    @property
    def prop(self):
        return 0

    @staticmethod
    def static():
        pass


def public(names):
    return [n for n in names if not n.startswith("__")]


print(public(dir(Child)))
print(public(dir(Child())))
print(public(dir(Base)))
print("__init__" in dir(Child), "__class__" in dir(Child()), dir(Child) == sorted(dir(Child)))


class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]


print(dir(WithDir()))


def local_scope():
    b = 2
    a = 1
    return dir()


print(local_scope())
x_module_level = 5
print("x_module_level" in dir(), "print" in dir(), "__name__" in dir())
print(public(dir(5))[:5], "append" in dir([]), "keys" in dir({}))

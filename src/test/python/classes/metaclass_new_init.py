class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kwargs)
        ns["added"] = "by meta"
        cls = super().__new__(mcls, name, bases, ns)
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name, "added" in ns)
        super().__init__(name, bases, ns)

    def describe(cls):
        return "class " + cls.__name__


class Base(metaclass=Meta):
    x = 1

    def method(self):
        return "m"


class Child(Base, flag=True):
    y = 2


print(type(Base).__name__, type(Child).__name__)
print(Base.added, Child.added)
print(Child.describe())
print(isinstance(Child, Meta), isinstance(Child(), Meta))
try:
    Child().describe()
except AttributeError as e:
    print(type(e).__name__, e)
print(Meta.__mro__[1] is type)

class A:
    def which(self):
        return __class__

    def name(self):
        return __class__.__name__


class B(A):
    pass


b = B()
print(b.which() is A, b.name(), type(b).__name__)
print(A.which.__code__.co_freevars)
print(b.__class__.__name__)


class Proxy:
    @property
    def __class__(self):
        return int


print(isinstance(Proxy(), int), type(Proxy()).__name__)


class X:
    pass


class Y:
    pass


x = X()
x.__class__ = Y
print(type(x).__name__, isinstance(x, Y))
try:
    x.__class__ = int
except TypeError as e:
    print("TypeError", e)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        return cls


class Q(metaclass=Meta):
    def get(self):
        return __class__


print(Q().get() is Q)

class A:
    def f(self, x):
        return ("f", type(self).__name__, x)


a = A()
m1 = a.f
m2 = a.f
print(m1 == m2, m1 is m2)
print(m1(1))
print(A.f(a, 2))
print(type(m1).__name__, type(A.f).__name__)
print(m1.__name__, m1.__qualname__)
unbound = A.f
try:
    unbound(3)
except TypeError as e:
    print("TypeError", e)
try:
    a.f()
except TypeError as e:
    print("TypeError", e)
try:
    a.f(1, 2)
except TypeError as e:
    print("TypeError", e)


def external(self):
    return "external on " + type(self).__name__


A.g = external
print(a.g())
a.h = external
try:
    a.h()
except TypeError as e:
    print("TypeError", e)
print(a.h(a))
b = A()
print(a.f == b.f)
bound = external.__get__(b)
print(bound())
print(A.__dict__["f"] is A.f)

class A:
    def greet(self):
        return "A"

    @classmethod
    def make(cls):
        return "A.make(%s)" % cls.__name__

    @staticmethod
    def stat():
        return "A.stat"


class B(A):
    def greet(self):
        return "B>" + super().greet()

    @classmethod
    def make(cls):
        return "B.make>" + super().make()

    @staticmethod
    def stat():
        return "B.stat>" + super(B, B).stat()


class C(B):
    def greet(self):
        return "C>" + super().greet()

    def skip(self):
        return super(B, self).greet()


c = C()
print(c.greet())
print(c.skip())
print(C.make())
print(B.stat())
print(super(C, c).greet())
s = super(C, c)
print(type(s).__name__)


class D(A):
    def greet(self):
        def inner():
            return "inner"
        return inner() + super().greet()


print(D().greet())


def outside():
    return super().greet()


try:
    outside()
except RuntimeError as e:
    print("RuntimeError", e)

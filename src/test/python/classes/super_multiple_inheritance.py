class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]

    def hello(self):
        return ["Base"]


class Left(Base):
    def __init__(self):
        print("Left.__init__ start")
        super().__init__()
        self.trail.append("Left")
        print("Left.__init__ end")

    def hello(self):
        return ["Left"] + super().hello()


class Right(Base):
    def __init__(self):
        print("Right.__init__ start")
        super().__init__()
        self.trail.append("Right")
        print("Right.__init__ end")

    def hello(self):
        return ["Right"] + super().hello()


class Child(Left, Right):
    def __init__(self):
        print("Child.__init__ start")
        super().__init__()
        self.trail.append("Child")

    def hello(self):
        return ["Child"] + super().hello()


c = Child()
print(c.trail)
print(c.hello())
print(super(Left, c).hello())
print(super(Right, c).hello())


class Kw:
    def __init__(self, **kw):
        print("Kw leftovers", kw)


class NeedsA(Kw):
    def __init__(self, a, **kw):
        print("NeedsA", a)
        super().__init__(**kw)


class NeedsB(Kw):
    def __init__(self, b, **kw):
        print("NeedsB", b)
        super().__init__(**kw)


class Both(NeedsA, NeedsB):
    pass


Both(a=1, b=2)
Both(b=3, a=4, c=5)
try:
    super(Base, 5)
except TypeError as e:
    print("TypeError", e)

class Empty:
    pass


class WithDoc:
    """Docstring here."""
    x = 1


class Base1:
    def who(self):
        return "Base1"


class Base2:
    def who(self):
        return "Base2"


class Child(Base1, Base2):
    pass


print(Empty.__name__, WithDoc.__doc__, Child().who(), [c.__name__ for c in Child.__mro__])


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(kw.items()))
        cls = super().__new__(mcls, name, bases, ns)
        cls.extra = kw
        return cls


class WithMeta(metaclass=Meta, flag=True):
    pass


print(type(WithMeta).__name__, WithMeta.extra)


class Outer:
    class Inner:
        class Deepest:
            pass

    def method(self):
        class Local:
            pass
        return Local


print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(Outer().method().__qualname__)
bases = (Base2,)


class Dynamic(*bases):
    pass


print(Dynamic().who())


class Body:
    print("class body executes")
    a = 1
    b = a + 1
    for i in range(2):
        pass


print(Body.b, Body.i)

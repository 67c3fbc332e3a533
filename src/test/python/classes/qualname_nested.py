class Outer:
    class Inner:
        class Deepest:
            def method(self):
                pass

    def method(self):
        class Local:
            pass
        return Local

    def func(self):
        def inner():
            pass
        return inner


print(Outer.__qualname__)
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
print(Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.Deepest.method.__qualname__)
print(Outer().method().__qualname__)
print(Outer().func().__qualname__)
print(Outer.method.__qualname__)
r = repr(Outer.Inner())
print(r[:r.index(" object")])
print(repr(Outer.Inner))


def factory():
    class Made:
        pass
    return Made


print(factory().__qualname__)
print(repr(factory()))
lam = lambda: None
print(lam.__qualname__, lam.__name__)


class WithLambda:
    f = lambda self: None


print(WithLambda.f.__qualname__)

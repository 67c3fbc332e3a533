# Python 3.9+ relaxed decorator grammar: any expression
decos = [lambda f: f, lambda f: (lambda: "wrapped " + f())]


@decos[1]
def a():
    return "a"


print(a())


class Registry:
    def __init__(self):
        self.items = {}

    def register(self, name):
        def deco(fn):
            self.items[name] = fn
            return fn
        return deco


reg = Registry()


@reg.register("x")
def x():
    return 1


@(lambda f: f)
def y():
    return 2


print(sorted(reg.items), x(), y())


def count_calls(cls):
    cls.decorated = True
    return cls


@count_calls
class C:
    pass


print(C.decorated)

flag = True


@(decos[0] if flag else decos[1])
def z():
    return "z"


print(z())

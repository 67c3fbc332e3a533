def no_args():
    return "none"


def defaults(a, b=2, c=[]):
    c.append(a)
    return a, b, c


print(no_args())
print(defaults(1))
print(defaults(2))
print(defaults(3, c=[]))


def everything(a, b=1, /, c=2, *args, d, e=5, **kwargs):
    return a, b, c, args, d, e, sorted(kwargs.items())


print(everything(0, d=4))
print(everything(0, 1, 2, 3, 4, d=9, z=1))


def returns_nothing():
    return


def implicit():
    pass


print(returns_nothing(), implicit())


def shadow_builtin(list=list):
    return list("ab")


print(shadow_builtin(), shadow_builtin(tuple))


def outer():
    def inner():
        return "inner"
    return inner


print(outer()(), outer().__qualname__)
counter = 0


def make_default():
    global counter
    counter += 1
    return counter


def uses_default(x=make_default()):
    return x


print(uses_default(), uses_default(), counter)

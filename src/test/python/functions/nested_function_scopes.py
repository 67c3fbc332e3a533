x = "global"


def level1():
    x = "level1"

    def level2():
        def level3():
            return x
        return level3()
    return level2()


print(level1())


def shadow():
    x = "local"

    def inner():
        x = "inner"
        return x
    return inner(), x


print(shadow(), x)


def param_shadow(x):
    def inner():
        return x
    return inner()


print(param_shadow("param"))


def builtin_shadow():
    def len(s):
        return "fake len"
    return len("abc")


print(builtin_shadow(), len("abc"))


def redefine():
    def f():
        return 1
    first = f

    def f():
        return 2
    return first(), f()


print(redefine())

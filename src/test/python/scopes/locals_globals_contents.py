alpha = 1
beta = "two"


def user_names(d):
    return sorted(k for k in d if not k.startswith("__"))


print(user_names(globals()))


def f(a, b=2):
    c = a + b
    return user_names(locals())


print(f(1))


def with_closure():
    free = "free"

    def inner():
        local = free
        return sorted(locals())
    return inner()


print(with_closure())


def locals_snapshot():
    x = 1
    snap = locals()
    y = 2
    return sorted(snap), sorted(locals())


print(locals_snapshot())
print(globals() is locals())
g = globals()
g["injected"] = "via globals()"
print(injected)


class K:
    attr = 1
    names = sorted(k for k in locals() if not k.startswith("__"))


print(K.names)

x = "global"


class Scope:
    x = "class"
    y = x + "-derived"
    items = [x for _ in range(2)]
    gen_first = [v for v in [x]]

    def method(self):
        return x

    z = len(y)
    del z


print(Scope.y)
print(Scope.items)
print(Scope.gen_first)
print(Scope().method())
print(hasattr(Scope, "z"))


def outer():
    v = "enclosing"

    class Inner:
        v = "class-level"
        w = v

        def get(self):
            return v
    return Inner


I = outer()
print(I.w, I().get(), I.v)


class Counter:
    total = 0
    for i in range(4):
        total += i
    del i


print(Counter.total, hasattr(Counter, "i"))


class Rebinding:
    print("executing class body", __name__, __qualname__)
    locals_snapshot = sorted(k for k in locals().keys())


print(Rebinding.locals_snapshot)

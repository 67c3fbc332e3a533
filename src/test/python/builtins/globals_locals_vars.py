module_var = "m"
print(globals()["module_var"], "globals_locals_vars" not in globals(), globals()["__name__"], globals() is globals())
globals()["injected"] = 99
print(injected)


def f(a, b=2):
    c = a + b
    return sorted(locals().items())


print(f(1))


def g():
    x = 1
    loc = locals()
    y = 2
    return sorted(loc), sorted(locals())


print(g())
print(locals() is globals())


class K:
    a = 1
    b = 2
    snapshot = sorted(k for k in locals() if not k.startswith("__"))


print(K.snapshot)
print(sorted(k for k in vars(K) if not k.startswith("__")))


class Inst:
    def __init__(self):
        self.p = 1
        self.q = 2


print(vars(Inst()))
try:
    vars(5)
except TypeError as e:
    print("TypeError", e)
print(vars() is globals())

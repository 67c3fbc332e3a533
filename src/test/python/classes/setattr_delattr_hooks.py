class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        raise AttributeError("cannot set %r: frozen" % name)

    def __delattr__(self, name):
        raise AttributeError("cannot delete %r: frozen" % name)


f = Frozen(a=1, b=2)
print(f.a, f.b)
try:
    f.a = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del f.b
except AttributeError as e:
    print("AttributeError", e)
try:
    setattr(f, "c", 1)
except AttributeError as e:
    print("AttributeError", e)


class Recorder:
    def __init__(self):
        self.log = []

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(("set", name, value))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        super().__delattr__(name)


r = Recorder()
r.x = 1
r.x += 1
r.y = "y"
del r.x
print(r.log)
print(sorted(vars(r)))
try:
    del r.nothing
except AttributeError as e:
    print("AttributeError", e)
print(r.log[-1])

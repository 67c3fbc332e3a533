class Lazy:
    def __init__(self):
        self.real = "real value"

    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("computed_"):
            return name[9:].upper()
        raise AttributeError("no attribute %r here" % name)


z = Lazy()
print(z.real)
print(z.computed_abc)
try:
    z.other
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(z, "nope"))
print(getattr(z, "nope", "default"))
print(getattr(z, "computed_x"))


class Prop:
    @property
    def broken(self):
        raise AttributeError("inner problem")

    def __getattr__(self, name):
        return "fallback for " + name


print(Prop().broken)

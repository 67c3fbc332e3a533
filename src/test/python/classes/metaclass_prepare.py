class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("__prepare__", name, kwargs)
        return RecordingDict()

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls


class Fields(metaclass=Ordered, option=1):
    zeta = 1
    alpha = 2
    zeta = 3

    def mid(self):
        pass

    beta = 4


print(Fields.order)
print(Fields.zeta)
print(type(Fields.__dict__).__name__)


class DefaultNs(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"injected": 99}


class Uses(metaclass=DefaultNs):
    value = injected + 1


print(Uses.injected, Uses.value)

class Tracked:
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args, kwargs)
        inst = super().__new__(cls)
        inst.created = True
        return inst

    def __init__(self, value, flag=False):
        print("__init__", value, flag)
        self.value = value


t = Tracked(1, flag=True)
print(t.created, t.value)


class ReturnsOther:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never printed")


print(ReturnsOther())


class PositiveInt(int):
    def __new__(cls, value):
        return super().__new__(cls, abs(value))


p = PositiveInt(-7)
print(p, p + 1, type(p).__name__, isinstance(p, int))


class UpperStr(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())

    def shout(self):
        return self + "!"


u = UpperStr("hey")
print(u, u.shout(), len(u), type(u + "x").__name__)


class InitReturns:
    def __init__(self):
        return 5


try:
    InitReturns()
except TypeError as e:
    print("TypeError", e)

try:
    object.__new__(5)
except TypeError as e:
    print("TypeError", e)
try:
    object(1)
except TypeError as e:
    print("TypeError", e)


class NoInit:
    pass


try:
    NoInit(1, 2)
except TypeError as e:
    print("TypeError", e)

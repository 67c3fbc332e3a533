class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("Num.__add__")
        return NotImplemented

    def __radd__(self, other):
        print("Num.__radd__")
        return "Num radd"


class SubNum(Num):
    def __radd__(self, other):
        print("SubNum.__radd__")
        return "SubNum radd"


print(Num(1) + SubNum(2))
print(Num(1) + Num(2) if False else "skip")
try:
    Num(1) + Num(2)
except TypeError as e:
    print("TypeError", e)


class MyInt(int):
    def __radd__(self, other):
        return "MyInt.__radd__ first"

    def __rsub__(self, other):
        return NotImplemented


print(1 + MyInt(5))
print(1 - MyInt(5))


class Same:
    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        print("radd on same type never called")
        return "bad"


try:
    Same() + Same()
except TypeError as e:
    print("TypeError", e)


class RPow:
    def __rpow__(self, other):
        return "rpow(%r)" % (other,)


print(2 ** RPow())
print(pow(2, RPow()))
try:
    pow(2, RPow(), 5)
except TypeError as e:
    print("TypeError", e)

class Temperature:
    def __init__(self):
        self._c = 0.0

    @property
    def celsius(self):
        """Temperature in Celsius."""
        print("get")
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("set", value)
        if value < -273.15:
            raise ValueError("too cold")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("delete")
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError", e)
print(Temperature.celsius.__doc__)
print(type(Temperature.celsius).__name__)
print(Temperature.celsius.fget.__name__, Temperature.fahrenheit.fset)


def getx(self):
    return self._x


def setx(self, v):
    self._x = v * 2


class P:
    x = property(getx, setx, None, "the x")


p = P()
p.x = 5
print(p.x, P.x.__doc__)

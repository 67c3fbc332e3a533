for s in ["1", " 1.5 ", "-2.5e3", "+.5", "5.", "1_000.5", "1e1_0", "inf", "-Infinity", "INF", "nan", "-NaN", "  3.25\n",
          "0x1p3" if False else "0.000001", "1E5", "١٢.٥"]:
    print(repr(s), float(s))
for s in ["", "abc", "1.2.3", "1e", "e5", "0x10", "1__0", "_1", "infinity1", "1 2", "--1"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError", e)
for bad in [None, [1.0], 1j, {}]:
    try:
        float(bad)
    except TypeError as e:
        print("TypeError", e)
print(float(), float(5), float(-3), float(True), float(2 ** 80), float(b"2.5"), float(bytearray(b"-1e3")))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


print(float(F()), float(I()))


class Bad:
    def __float__(self):
        return 1


try:
    float(Bad())
except TypeError as e:
    print("TypeError", e)


class Sub(float):
    pass


print(float(Sub(1.5)), type(float(Sub(1.5))).__name__, type(Sub(2.0) + 1).__name__, repr(Sub(3.0)))

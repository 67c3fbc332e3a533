import math

for v in [2.5, -2.5, 2.0, -0.5, 0.0, -0.0, 1e20, -1e-300, 7, -7, 2 ** 80, True]:
    print(repr(v), math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
for bad in [math.inf, -math.inf, math.nan]:
    for f in [math.floor, math.ceil, math.trunc]:
        try:
            f(bad)
        except (OverflowError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)


class Custom:
    def __floor__(self):
        return "custom floor"

    def __ceil__(self):
        return "custom ceil"

    def __trunc__(self):
        return "custom trunc"


print(math.floor(Custom()), math.ceil(Custom()), math.trunc(Custom()))


class FloatLike:
    def __float__(self):
        return 3.7


print(math.floor(FloatLike()), math.ceil(FloatLike()))
try:
    math.trunc(FloatLike())
except TypeError as e:
    print("TypeError", e)
for bad in ["1.5", None, [1]]:
    try:
        math.floor(bad)
    except TypeError as e:
        print("TypeError", e)

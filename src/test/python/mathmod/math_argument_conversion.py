import math


class Flt:
    def __float__(self):
        return 2.25


class Idx:
    def __index__(self):
        return 9


print(math.sqrt(Flt()), math.sqrt(Idx()), math.floor(Idx()), math.factorial(Idx()), math.gcd(Idx(), 6), math.isqrt(Idx()))
print(math.sqrt(True), math.exp(False), math.log(2 ** 2000) / math.log(2), math.log10(10 ** 500), math.log2(2 ** 3000))
for bad in ["2", None, 1j, [1]]:
    try:
        math.sqrt(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    math.sqrt()
except TypeError as e:
    print("TypeError", e)
try:
    math.sqrt(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    math.factorial(Flt())
except TypeError as e:
    print("TypeError", e)
try:
    math.sqrt(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)


class BadFloat:
    def __float__(self):
        return "x"


try:
    math.sqrt(BadFloat())
except TypeError as e:
    print("TypeError", e)

import math


def r(x):
    return round(x, 12)


print(math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(math.inf), math.sqrt(10 ** 100), math.sqrt(True))
print(math.exp(0), r(math.exp(1)), r(math.exp(-1)), math.exp(-290) < 1e-125, math.exp(-math.inf), r(math.expm1(1e-10) * 1e10), math.exp2(10), r(math.exp2(0.5)))
print(math.log(math.e), math.log(1), math.log(100, 10), math.log(8, 2), r(math.log(10 ** 400)), math.log(2 ** 1000, 2))
print(math.log10(1000), r(math.log10(2)), math.log2(1024), r(math.log2(3)), r(math.log1p(1e-10) * 1e10), math.log1p(0))
print(math.pow(2, 10), math.pow(2, -1), math.pow(-8, 1 / 3) if False else math.pow(-8, 3), math.pow(0, 0), math.pow(math.nan, 0), math.pow(1, math.nan))
print(round(math.cbrt(27), 12), math.cbrt(-8.0) < 0, math.cbrt(0.0))
cases = [
    (math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.log, (10, 1)), (math.log, (10, 0)), (math.log10, (0,)), (math.log2, (-2,)),
    (math.log1p, (-1,)), (math.exp, (1000,)), (math.pow, (0, -1)), (math.pow, (-8, 1 / 3)), (math.pow, (10, 400)), (math.sqrt, (10 ** 400,)),
    (math.log, (0, 10)), (math.exp2, (2000,)),
]
for f, args in cases:
    try:
        print(f.__name__, args, f(*args))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(f.__name__, args, type(e).__name__, e)
try:
    math.sqrt("4")
except TypeError as e:
    print("TypeError", e)
print(math.log(-math.inf) if False else math.log(math.inf), math.exp(math.nan), math.sqrt(math.nan))

import math

print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(0.1 + 0.2, 0.3), math.isclose(5, 5))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.isclose(1, 1, 0.1)
except TypeError as e:
    print("TypeError", e)
for v in [0.0, 1.5, math.inf, -math.inf, math.nan, 1e308 * 10, 5, 10 ** 400 if False else 2 ** 1000]:
    print(repr(v), math.isfinite(v), math.isinf(v), math.isnan(v))
try:
    math.isfinite(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)

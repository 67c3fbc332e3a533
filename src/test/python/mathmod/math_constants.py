import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(repr(math.pi), math.tau == 2 * math.pi, math.isinf(math.inf), math.isnan(math.nan), math.inf == float("inf"))
print(type(math.pi).__name__, math.nan != math.nan, math.e ** 1 == math.e)
print(sorted(n for n in dir(math) if not n.startswith("_")))

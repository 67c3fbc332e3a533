import math

def r(x):
    return round(x, 10)


print(math.gamma(1), math.gamma(5), math.gamma(0.5) ** 2 == math.pi or r(math.gamma(0.5) ** 2), r(math.gamma(-0.5)), math.gamma(171) > 1e306)
print(math.lgamma(1), math.lgamma(2), r(math.lgamma(10)), r(math.lgamma(0.5)), math.lgamma(math.inf))
print(math.erf(0), r(math.erf(1)), r(math.erf(-1)), math.erfc(0), r(math.erfc(1)), math.erf(math.inf), math.erfc(-math.inf))
for f, arg in [(math.gamma, 0), (math.gamma, -1), (math.gamma, 172), (math.lgamma, 0), (math.lgamma, -2), (math.gamma, -math.inf)]:
    try:
        print(f(arg))
    except (ValueError, OverflowError) as e:
        print(f.__name__, arg, type(e).__name__, e)

import math

print(math.fabs(-3), math.fabs(-0.0), math.fabs(-math.inf), type(math.fabs(-3)).__name__)
print(math.copysign(3, -0.0), math.copysign(-3, 1), math.copysign(1, -math.nan) if False else math.copysign(2, -1), math.copysign(math.inf, -1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), -7 % 3, math.fmod(5.5, 2), math.fmod(-0.0, 1))
print(math.remainder(7, 3), math.remainder(8, 3), math.remainder(-7, 3), math.remainder(5, 2), math.remainder(7, 2))
print(math.modf(3.75), math.modf(-3.75), math.modf(5), math.modf(math.inf), math.modf(-0.0))
print(math.frexp(8), math.frexp(0.1), math.frexp(0), math.frexp(-3), math.frexp(1e-320))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(3, 0), math.ldexp(-1, 10))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.nextafter(1, 1), math.ulp(1), math.ulp(0), math.ulp(1e300), math.ulp(-2))
for f, args in [(math.fmod, (1, 0)), (math.fmod, (math.inf, 1)), (math.remainder, (1, 0)), (math.ldexp, (1, 10000)), (math.ldexp, (1, 2.5))]:
    try:
        print(f(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
print(math.fmod(1, math.inf), math.ldexp(1, -10000), math.ldexp(0, 10000))

import math

def r(x):
    return round(x, 12)


for x in [0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, -math.pi / 3, 1.0]:
    print(r(math.sin(x)), r(math.cos(x)), r(math.tan(x)))
print(math.asin(1), math.acos(0), math.atan(1), math.atan(math.inf), math.asin(0), math.acos(1), math.acos(-1))
print(math.atan2(1, 1), math.atan2(1, -1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(-0.0, -1), math.atan2(0, 0), math.atan2(math.inf, math.inf))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.tanh(100), r(math.sinh(1)), r(math.cosh(1)), r(math.tanh(0.5)))
print(math.asinh(0), math.acosh(1), math.atanh(0), r(math.asinh(1)), r(math.acosh(2)), r(math.atanh(0.5)))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.hypot(-5))
print(math.dist((0, 0), (3, 4)), math.dist((1, 2, 3), (4, 6, 3)), math.sin(-0.0), math.tan(-0.0))
for f, arg in [(math.asin, 2), (math.acos, -1.5), (math.acosh, 0.5), (math.atanh, 1), (math.sin, math.inf), (math.cos, -math.inf), (math.tan, math.inf), (math.cosh, 1000), (math.sinh, 1000)]:
    try:
        print(f(arg))
    except (ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print("ValueError", e)

import math

print(math.hypot(3, 4, 12), math.hypot(1e200, 1e200), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(-0.0))
print(math.dist([0, 0, 0], [1, 1, 1]) == math.sqrt(3), math.dist((1,), (4,)), math.dist([], []))
print(math.copysign(0.0, -1), math.copysign(-0.0, 1), math.copysign(5, math.copysign(0.0, -1)), math.copysign(math.nan, 1) != math.copysign(math.nan, 1))
try:
    math.hypot("a")
except TypeError as e:
    print("TypeError", e)
try:
    math.dist([1], 2)
except TypeError as e:
    print("TypeError", e)
pts = [(0, 0), (3, 4), (6, 8), (1, 1)]
total = sum(math.dist(pts[i], pts[i + 1]) for i in range(len(pts) - 1))
print(round(total, 10), max(pts, key=lambda p: math.hypot(*p)))

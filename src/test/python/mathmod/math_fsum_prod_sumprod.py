import math

vals = [0.1] * 10
print(sum(vals), math.fsum(vals), math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum(range(5)))
print(math.fsum([1, 2 ** 53, -(2 ** 53)]), math.fsum([0.1, 0.2, 0.3]), math.fsum(x / 10 for x in range(10)))
for bad in [[math.inf, -math.inf], [1e308, 1e308]]:
    try:
        print(math.fsum(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.fsum([math.inf, 1]), math.fsum([math.nan, 1]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod(range(1, 21)), math.prod([1.5, 2]), math.prod([2, 3], start=10))
print(math.prod(["ab", 3]) if False else math.prod([3, "ab"]), math.prod([[1], 2]) if False else "")
try:
    math.prod(["a", "b"])
except TypeError as e:
    print("TypeError", e)
try:
    math.prod(5)
except TypeError as e:
    print("TypeError", e)

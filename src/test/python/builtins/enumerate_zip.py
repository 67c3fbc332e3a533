print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)), list(enumerate("ab", start=-1)))
e = enumerate(["x", "y"])
print(type(e).__name__, next(e), next(e), next(e, "stop"))
print(list(zip()), list(zip([1, 2, 3])), list(zip([1, 2, 3], "ab")), list(zip(range(3), "abc", [True, False, None])))
print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b")])))
print(list(zip([1, 2], [3, 4], strict=True)))
for args in [([1, 2, 3], [1, 2]), ([1], [1, 2]), ([1, 2], [1, 2], [1])]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print("ValueError", e)
try:
    zip(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    enumerate(5)
except TypeError as e:
    print("TypeError", e)


def numbers():
    for i in range(5):
        print("produce", i)
        yield i


print(list(zip(numbers(), "ab")))

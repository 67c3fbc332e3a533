print(list(filter(None, [0, 1, "", "a", [], [0], None])), list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2")))
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")), list(map(len, [])))
m = map(int, ["1", "2", "x"])
print(type(m).__name__, next(m), next(m))
try:
    next(m)
except ValueError as e:
    print("ValueError", e)
try:
    map(1, [1])
    print("map creation is lazy")
    list(map(1, [1]))
except TypeError as e:
    print("TypeError", e)
try:
    map(str)
except TypeError as e:
    print("TypeError", e)
try:
    filter(None, 5)
except TypeError as e:
    print("TypeError", e)
f = filter(lambda c: c in "aeiou", "education")
print(type(f).__name__, "".join(f), list(f))
print(sum(map(lambda x: x * x, filter(lambda x: x > 2, range(6)))))

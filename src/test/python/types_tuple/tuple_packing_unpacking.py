t = 1, 2, 3
print(t, type(t).__name__)
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)
*head, tail = "x"
print(head, tail)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
single = 5,
print(single, len(single), (5) == 5, ((5,)) == (5,))
empty = ()
print(empty == tuple(), len(empty), bool(empty), bool((0,)))
print(tuple(i * i for i in range(4)), (*range(3), *"ab"), (1, *[], 2))
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError", e)
try:
    a, *b, c = (1,)
except ValueError as e:
    print("ValueError", e)

a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(5)
print(a, mid, z)
a, *empty, z = (1, 2)
print(a, empty, z)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
x = y = z = 7
print(x, y, z)
for i, (j, *k) in enumerate([(1, 2, 3), (4,)]):
    print(i, j, k)
lst = [0, 0, 0]
lst[0], lst[2] = "x", "y"
print(lst)
i = 0
i, lst[i] = 1, "z"
print(i, lst)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)

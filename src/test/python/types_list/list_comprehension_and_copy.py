grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad, bad[0] is bad[1])
print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])
print([[y for y in range(x)] for x in range(4)])
a = [1, [2, 3]]
b = a[:]
c = list(a)
d = a.copy()
b[1].append(4)
print(a, b, c, d, b is a, b[1] is a[1])
e = [*a, *range(2), *"xy"]
print(e)
x = [1, 2, 3]
y = x
y += [4]
print(x, x is y)
y = y + [5]
print(x, y, x is y)
print(list(), list(range(3)), list("ab"), list((1, 2)), list({"a": 1, "b": 2}), list({"a": 1}.items()))
print([i for i in range(10) if i % 2][::-1], [(i, c) for i, c in enumerate("ab")])

print(list(range(10, -10, -4)), list(range(-3, 3)), list(range(0, 1, 10)), list(range(5, -5, -5)))
r = range(-10, 10, 3)
print(list(r), [x for x in r if x in range(0, 5)], r.index(-1), -1 in r, 0 in r, 11 in r)
print(r[::2], r[::-1], list(r[::-1]), r[1:-1:2], list(r[1:-1:2]), r[-2])
print(range(3) == range(0, 3, 1), range(0, 10, 3) == range(0, 11, 3), range(0, 10, 3) == range(0, 12, 3))
print(sum(range(0, 100, 7)), max(range(3, 30, 9)), sorted(range(5, 0, -2)), list(map(str, range(3))))
it = iter(range(3))
print(next(it), list(it), list(it))
acc = []
for i in range(3):
    for j in range(i):
        acc.append((i, j))
print(acc)
print(range(1 << 70, (1 << 70) + 3)[1], len(range(1 << 70, (1 << 70) + 3)), (1 << 70) + 2 in range(1 << 70, (1 << 70) + 3))

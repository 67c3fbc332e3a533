print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)))
print(list(range(5, 0, -1)), list(range(0)), list(range(5, 2)))
print(list(range(-3, 3)), list(range(10, -10, -7)))
r = range(1, 20, 4)
print(r, len(r), r[0], r[-1], r[1:3], 9 in r, 10 in r)
print(r.start, r.stop, r.step, r.index(13), r.count(5))
print(range(0, 5) == range(0, 5, 1), range(0) == range(5, 5))
print(list(reversed(range(4))), sum(range(101)))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
try:
    len(range(10 ** 20))
except OverflowError as e:
    print(e)
try:
    range(0, 10, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
total = 0
for i in range(1, 1001):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print(total)

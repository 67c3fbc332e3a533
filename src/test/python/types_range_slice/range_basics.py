r = range(10)
print(r, repr(range(1, 5)), range(1, 10, 2), range(5, 0, -1), range(0), range(3, 1))
print(list(r), list(range(1, 10, 3)), list(range(10, 0, -3)), list(range(-5, -1)), list(range(5, 5)), list(range(0, -5)))
print(len(range(0, 100, 7)), len(range(10, 0, -4)), len(range(0)), len(range(5, 0)), len(range(-10, 10, 3)))
print(r.start, r.stop, r.step, range(1, 2, 3).step)
print(range(0, 20, 3)[2], range(0, 20, 3)[-1], range(10, 0, -2)[1])
print(range(100)[10:20], range(100)[::-1], range(100)[::10], range(0, 20, 2)[1:4], range(10)[5:2], range(10)[-3:])
print(range(0, 30, 5).index(15), range(0, 30, 5).count(15), range(0, 30, 5).count(7), range(3).count(True))
try:
    range(5).index(7)
except ValueError as e:
    print("ValueError", e)
try:
    range(5)[10]
except IndexError as e:
    print("IndexError", e)
for args in [(1, 2, 0), (1.5,), ("1",), ()]:
    try:
        range(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 2), range(1) == range(1, 2) if False else range(0, 1) == range(0, 1, 5), range(3) == [0, 1, 2])
print(hash(range(0, 10, 2)) == hash(range(0, 9, 2)))
big = range(10 ** 20)
try:
    len(big)
except OverflowError as e:
    print("OverflowError", e)
print(big[-1], 10 ** 19 in big, big[10 ** 19], range(0, 10 ** 30, 10 ** 10)[7])
try:
    len(range(2 ** 64))
except OverflowError as e:
    print("OverflowError", e)
print(list(reversed(range(1, 10, 3))), reversed(range(3)).__class__.__name__, iter(range(3)).__class__.__name__)
print(5 in range(10), 5.0 in range(10), 5.5 in range(10), "5" in range(10), -1 in range(10))
print(bool(range(0)), bool(range(1)), min(range(3, 9)), max(range(3, 9)), sum(range(101)))

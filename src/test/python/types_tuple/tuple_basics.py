t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t, len(t), t[0], t[-1], t[2:5], t[::-2], t.count(1), t.index(4), t.index(1, 2))
print((), (1,), tuple(), tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple(x * 2 for x in range(3)), tuple({"k": 1}))
print(t + (7,), (0,) * 3, 2 * (1, 2), (1, 2) * 0, (1, 2) * -1)
print(1 in t, 7 in t, 7 not in t, min(t), max(t), sum(t), sorted(t))
try:
    t.index(99)
except ValueError as e:
    print("ValueError", e)
try:
    t[100]
except IndexError as e:
    print("IndexError", e)
try:
    t + [1]
except TypeError as e:
    print("TypeError", e)
try:
    t.append(1)
except AttributeError as e:
    print("AttributeError", e)
try:
    tuple(5)
except TypeError as e:
    print("TypeError", e)
a = (1, 2)
print(tuple(a) is a, a[:] is a, a + () is a if False else "")
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((1,)), hash((1, 2, 3)), hash((1, (2, 3))))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
x, *rest = t
*init, last = t
print(x, rest, init, last)
nested = ((1, 2), (3, (4, 5)))
((a1, b1), (c1, (d1, e1))) = nested
print(a1, b1, c1, d1, e1)
print(repr((1,)), repr(("a", "b")), str((1.5, None, "x'y")), ((),))

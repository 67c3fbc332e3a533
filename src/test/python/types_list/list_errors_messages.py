a = [1, 2, 3]
tests = [
    lambda: a[3], lambda: a[-4], lambda: a["x"], lambda: a[1.0], lambda: a.__setitem__(5, 0),
    lambda: a.__delitem__(9), lambda: a + (1,), lambda: a + 1, lambda: a * 1.5, lambda: a - a,
    lambda: [].pop(), lambda: a.remove(9), lambda: a.index(9), lambda: list(1), lambda: list(1, 2),
    lambda: a < "a", lambda: hash(a), lambda: {a: 1}, lambda: a.nope, lambda: a.sort(key=1),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)

print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 100), (1, 2) == (1, 2), (1, 2) != (2, 1))
print((1, 2) <= (1, 2), (1, 2) >= (1, 3), (1.0, 2) == (1, 2.0), (1, "a") < (1, "b"))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0, "q")]
print(sorted(pairs), sorted(pairs, reverse=True), sorted(pairs, key=lambda p: p[1]))
print(max(pairs), min(pairs))
nan = float("nan")
tn = (nan,)
print(tn == tn, (nan,) == (float("nan"),), [nan] == [nan])
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print("TypeError", e)
print((1, 2) < (2, "x"))
print(tuple.__lt__((1,), [1]), (1,) == [1])

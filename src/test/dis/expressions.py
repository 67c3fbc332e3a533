# Expressions: operators, comparisons, displays, subscripts, f-strings, folding.
r = a + b * c - d / e // f % g ** h @ m
bits = (a << 1) | (b >> 2) & ~c ^ d
signs = -a, +b, not c
chain = a < b <= c != d
membership = a in b, a not in b, a is None, a is not None
logic = a and b or c and not d
pick = a if b else c
folded = (2 ** 10, -1, 1 + 2j, "ab" * 3, (1, 2) + (3,), 7 // 2, 1 / 0)
lists = [], [a], [1, 2, 3], [*a, b], [a, *b, *c]
tuples = (), (a,), (a, *b)
sets = {a}, {1, 2, 3}, {*a, *b}
dicts = {}, {"k": a}, {"k": a, "l": b}, {a: b, **c, "z": 1}, {**a}
items = s[0], s[1:2], s[::2], s[a:b, c], s[:, None]
attrs = a.b.c
text = f"{a}-{b!r:>{c}}-{d:.2f}{e!s}{{}}"
walrus = (n := len(a)) > 10
lam = lambda x, y=2: x * y
membership_const = a in [1, 2, 3], a in {1, 2}

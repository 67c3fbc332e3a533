f = lambda: 42
print(f())
g = lambda x, y=2: x * y
print(g(3), g(3, 4))
h = lambda *args, **kw: (args, sorted(kw.items()))
print(h(1, 2, a=3))
k = lambda a, /, b, *, c: (a, b, c)
print(k(1, 2, c=3), k(1, b=2, c=3))
print((lambda x: lambda y: x + y)(10)(5))
print(list(map(lambda s: s.upper(), ["a", "b"])))
print(sorted([(1, "b"), (2, "a"), (0, "c")], key=lambda t: t[1]))
print(f.__name__, g.__defaults__)
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
late = [lambda x: x + n for n in range(3)]
print([a(10) for a in late])
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print(cond(1), cond(0), cond(-1))
print((lambda: (yield))().__class__.__name__)

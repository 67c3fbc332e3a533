d = {}
for k in ["zebra", "apple", "mango", 3, 1, 2, (0,), None]:
    d[k] = str(k)
print(list(d))
d["apple"] = "updated"
print(list(d.items())[:3])
del d["zebra"]
d["zebra"] = "back"
print(list(d))
print(list(reversed(d)), list(reversed(d.values()))[:2], list(reversed(d.items()))[0])
e = {1: "a", 2: "b"}
f = {2: "b", 1: "a"}
print(e == f, list(e) == list(f))
g = dict(zip("dcba", range(4)))
print(g, dict(sorted(g.items())), dict(sorted(g.items(), key=lambda kv: kv[1], reverse=True)))
h = {k: k * k for k in range(6) if k % 2}
print(h, {v: k for k, v in h.items()})
m = {1: "int", 1.0: "float"}
print(m, {True: 1, 1: 2, 1.0: 3})

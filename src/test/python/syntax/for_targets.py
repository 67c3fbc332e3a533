class Obj:
    pass


o = Obj()
for o.attr in range(3):
    pass
print(o.attr)
lst = [0, 0]
for lst[0] in "abc":
    pass
print(lst)
d = {}
for d["k"], d["v"] in [(1, 2), (3, 4)]:
    pass
print(d)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
for [x, y] in [[5, 6]]:
    print(x, y)
for i, *rest in [(1, 2, 3), (4, 5)]:
    print(i, rest)
for i in range(3):
    pass
print("loop var remains", i)
for ch in "":
    nothing = True
print("nothing" in globals())
for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v)

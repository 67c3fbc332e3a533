print((), (1,), (1, 2,), 1,)
t = 1, 2
print(t, type(t).__name__)
print([], [1], [1, 2,], [[]], [()])
print({}, {"a": 1,}, {1: "x", 1.0: "y", True: "z"})
print(set(), {1}, {1, 1, 1}, type({}).__name__)
print({"k": 1, "k": 2})
nested = {"a": [1, {"b": (2, 3)}], "c": {4: None}}
print(nested, nested["a"][1]["b"][0])
print([1, 2][1], (3, 4)[-1], "xyz"[1], {"q": 5}["q"])
print([
    1,
    2,  # comment inside display
    3
])
e = ()
print(len(e), e == tuple(), (1) == 1, (1,) == 1)
print(list("ab"), tuple([1, 2]), dict(a=1, b=2), dict([("x", 1)]))
print(repr([1, "a", None, True, 1.5, b"b", (1,)]))
r = [1, 2]
r.append(r)
print(r)
dd = {}
dd["self"] = dd
print(dd)

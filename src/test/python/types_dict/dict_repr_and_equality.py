print({}, {1: "a"}, {"k": [1, {"n": (2, None)}]}, {1.5: True, -0.0: b"x"}, {(1,): {2: {3: {}}}})
print(repr({"q": "it's"}), str({"e": "é"}), {1: 1} == {1: 1.0}, {1: 1} == {1: 2}, {1: 1, 2: 2} == {2: 2, 1: 1})
try:
    {1: 1} < {1: 1}
except TypeError as e:
    print("TypeError", e)
print(dict.__name__, type({}).__name__, {}.__class__ is dict)
a = {}
a["self"] = a
print(a)
print(len({i: i for i in range(1000)}), list({i: i for i in range(1000)})[-3:])
d = {}
for i in range(100):
    d[i] = i
for i in range(0, 100, 2):
    del d[i]
print(list(d)[:10], len(d))
d[0] = "re-added"
print(list(d)[-1], list(d)[:2])

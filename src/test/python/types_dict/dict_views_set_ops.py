d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(type(k).__name__, type(v).__name__, type(i).__name__, len(k), len(v), len(i))
d["d"] = 4
print(list(k), list(v), list(i))
print("a" in k, 4 in v, ("a", 1) in i, ("a", 2) in i, ["a", 1] in i if False else "")
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}))
print(sorted(i & {("a", 1), ("b", 0)}), sorted(i - {("a", 1)}), type(k & {"a"}).__name__)
print(k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"}, k < {"a"}, k.isdisjoint({"x"}), k.isdisjoint(["a"]))
print(sorted({"x": 1}.keys() | ["y"]), sorted(["y"] | {"x": 1}.keys()))
e = {"a": 1}
print(e.keys() == {"a": 2}.keys(), e.items() == {"a": 2}.items(), e.values() == e.values())
try:
    k[0]
except TypeError as e:
    print("TypeError", e)
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print("RuntimeError", e)
print(d.keys().mapping == {"b": 2, "c": 3, "d": 4, "new": 1}, sorted(d))

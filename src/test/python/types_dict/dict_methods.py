d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("a"), d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(d.setdefault("a", 100), d.setdefault("d", 4), d.setdefault("e"), d)
print(d.pop("e"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d.popitem(), d)
d.update({"x": 10}, y=20)
d.update([("z", 30), ("b", 22)])
d.update(w=0)
print(d)
c = d.copy()
d.clear()
print(d, c, len(c))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
try:
    d.update(5)
except TypeError as e:
    print("TypeError", e)
try:
    d.update([(1, 2, 3)])
except ValueError as e:
    print("ValueError", e)
try:
    d.update(["ab", "cde"])
except ValueError as e:
    print("ValueError", e)
print(d)

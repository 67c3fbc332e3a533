# WeakValueDictionary: entries vanish once their values are collected
import gc
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "V(%d)" % self.n


vals = [V(i) for i in range(6)]
d = weakref.WeakValueDictionary()
for i, v in enumerate(vals):
    d["k%d" % i] = v
print(len(d), d["k2"], "k3" in d, "zz" in d, d.get("k4"), d.get("zz", "dflt"))
print(sorted(d), sorted(d.keys()), sorted(d.items(), key=lambda kv: kv[0]), sorted(d.values(), key=lambda v: v.n))
print(type(d.keys()).__name__, repr(d).startswith("<WeakValueDictionary at 0x"))
refs = d.valuerefs()
print(len(refs), type(refs[0]).__name__, sorted(r.key for r in refs), sorted(r.key for r in d.itervaluerefs()))
del refs
del vals[1:3]
gc.collect()
print(len(d), sorted(d), "k1" in d, d.get("k1"))
try:
    d["k1"]
except KeyError as e:
    print("KeyError", e)

# the MutableMapping API
print(d.pop("k0"), d.pop("k0", "gone"), d.setdefault("k3", None), d.setdefault("new", vals[0]))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
del d["new"]
try:
    del d["new"]
except KeyError as e:
    print("KeyError", e)
k, v = d.popitem()
print(k, v, len(d))
d.update({"a": vals[0]}, b=vals[1])
d.update([("c", vals[2])])
print(sorted(d.items()))
c = d.copy()
print(type(c).__name__, sorted(c.items()), c == d, d == dict(d.items()), d != {})
print(sorted(d.__copy__().items()) == sorted(d.items()))
u = d | {"z": vals[3]}
print(type(u).__name__, sorted(u))
u2 = {"y": vals[3]} | d
print(type(u2).__name__, sorted(u2))
d |= {"w": vals[3]}
print(sorted(d))
d.clear()
print(len(d), list(d))

# built from a mapping or keywords
d2 = weakref.WeakValueDictionary({1: vals[0]}, two=vals[1])
print(sorted(d2.items(), key=str))
try:
    d2[3] = 3
except TypeError as e:
    print("TypeError:", e)
print(weakref.WeakValueDictionary[str, int])

# the dictionary itself can die before its values
d3 = weakref.WeakValueDictionary(a=vals[0])
rd = weakref.ref(d3)
del d3
gc.collect()
print(rd())

# WeakKeyDictionary: entries vanish once their keys are collected
import gc
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "K(%d)" % self.n


keys = [K(i) for i in range(5)]
d = weakref.WeakKeyDictionary({k: k.n * 10 for k in keys})
print(len(d), d[keys[1]], keys[2] in d, K(9) in d, 5 in d, d.get(keys[3]), d.get(K(8), "dflt"))
print(sorted(d.values()), sorted(k.n for k in d), sorted((k.n, v) for k, v in d.items()))
print(type(d.keys()).__name__, repr(d).startswith("<WeakKeyDictionary at 0x"))
kr = d.keyrefs()
print(len(kr), type(kr[0]).__name__)
del kr
del keys[0:2]
gc.collect()
print(len(d), sorted(k.n for k in d))
try:
    d[K(7)]
except KeyError as e:
    print("KeyError")
try:
    d[1]
except TypeError as e:
    print("TypeError:", e)

print(d.pop(keys[0]), d.pop(keys[0], "gone"), d.setdefault(keys[1], 99), d.setdefault(keys[0], 5))
del d[keys[0]]
k, v = d.popitem()
print(k, v, len(d))
d.update({keys[0]: "a"})
d[keys[1]] = "b"
print(sorted((k.n, v) for k, v in d.items()))
c = d.copy()
print(type(c).__name__, c == d, d == {keys[0]: "a", keys[1]: "b"})
u = d | {keys[2]: "c"}
print(type(u).__name__, len(u))
d |= {keys[2]: "c"}
print(len(d))
d.clear()
print(len(d))

# values are held strongly, keys weakly
class V:
    pass
val = V()
rv = weakref.ref(val)
key = K(100)
d[key] = val
del val
gc.collect()
print(rv() is d[key])
del key
gc.collect()
print(len(d), rv())

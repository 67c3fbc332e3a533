# entries that die while a weak container is being iterated leave it only after the loop
import gc
import weakref


class V:
    def __init__(self, n):
        self.n = n


vals = [V(i) for i in range(6)]
d = weakref.WeakValueDictionary((i, v) for i, v in enumerate(vals))
k = weakref.WeakKeyDictionary((v, i) for i, v in enumerate(vals))
s = weakref.WeakSet(vals)

seen = 0
for key in d:
    if seen == 0:
        del vals[3:]
        gc.collect()
    seen += 1
print("WeakValueDictionary", seen >= 3, len(d), sorted(d))

vals = [V(i) for i in range(6)]
k = weakref.WeakKeyDictionary((v, i) for i, v in enumerate(vals))
seen = 0
for key in k:
    if seen == 0:
        del vals[2:]
        gc.collect()
    seen += 1
print("WeakKeyDictionary", seen >= 2, len(k), sorted(k.values()))

vals = [V(i) for i in range(6)]
s = weakref.WeakSet(vals)
seen = 0
for item in s:
    if seen == 0:
        del vals[1:]
        gc.collect()
    seen += 1
del item  # the loop variable still holds the first element
gc.collect()
print("WeakSet", seen >= 1, len(s), [x.n for x in s])

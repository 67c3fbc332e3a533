# WeakSet: elements vanish once collected
import gc
import weakref


class E:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "E(%d)" % self.n


items = [E(i) for i in range(5)]
s = weakref.WeakSet(items)
print(len(s), items[0] in s, E(9) in s, 3 in s, sorted(e.n for e in s))
del items[3:]
gc.collect()
print(len(s), sorted(e.n for e in s))
s.add(items[0])
s.discard(E(8))
s.remove(items[1])
try:
    s.remove(E(7))
except KeyError:
    print("KeyError")
print(sorted(e.n for e in s))
t = weakref.WeakSet([items[0], items[1]])
print(sorted(e.n for e in s | t), sorted(e.n for e in s & t), sorted(e.n for e in s - t), sorted(e.n for e in s ^ t))
print(s == weakref.WeakSet([items[0], items[2]]), s == {items[0], items[2]}, s <= t, s.issubset(items), t.issuperset([items[0]]), s.isdisjoint([items[1]]))
c = s.copy()
print(type(c).__name__, c == s)
p = c.pop()
print(p in s, len(c))
s.update([items[1]])
s |= {items[2]}
s -= [items[2]]
print(sorted(e.n for e in s))
s.clear()
print(len(s))
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
try:
    s.add(1)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(s)
except TypeError as e:
    print("TypeError:", e)
print(weakref.WeakSet.__module__, weakref.WeakSet[int])

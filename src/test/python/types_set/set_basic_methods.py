s = {3, 1, 2}
print(sorted(s), len(s), 1 in s, 5 in s, 5 not in s)
s.add(4)
s.add(1)
print(sorted(s))
s.discard(10)
s.discard(4)
s.remove(3)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
p = s.pop()
print(p in {1, 2}, len(s))
s.clear()
print(s, len(s), set(), repr(set()))
try:
    s.pop()
except KeyError as e:
    print("KeyError", e)
t = {"only"}
print(t, repr({5}), {(1, 2)}, frozenset(), frozenset({7}), frozenset())
u = set("hello")
print(sorted(u), sorted(set([3, 3, 1])), sorted(set(range(5))), sorted(set({"a": 1, "b": 2})))
c = u.copy()
c.add("z")
print("z" in u, "z" in c, c is u)
u.update("xy", [1, 2])
print(sorted(map(str, u)))
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
try:
    set().add({})
except TypeError as e:
    print("TypeError", e)
print({1, 1.0, True}, {0, False, 0.0, -0.0})

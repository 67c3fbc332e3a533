a = {1, 2, 3}
print(a == {3, 2, 1}, a == [1, 2, 3], a != frozenset(a), {1, 2} < a, {1, 2} <= {1, 2}, {4} < a, a > set())
print(sorted(a.union()), sorted(a.intersection()), a.copy() == a, a.issubset(a), a.issuperset(set()))
for f in [lambda: a.remove(10), lambda: set().pop(), lambda: a.add([]), lambda: a.update(5), lambda: set(5), lambda: a[0], lambda: {[]: 1}]:
    try:
        f()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    frozenset([1]).remove(1)
except AttributeError as e:
    print("AttributeError", e)
print(repr(set()), repr(frozenset()), str({"only"}), set([]) == set(), {()} == {()})

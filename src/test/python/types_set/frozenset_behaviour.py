f = frozenset([3, 1, 2])
print(sorted(f), len(f), 2 in f, type(f).__name__, repr(frozenset([1])))
print(hash(f) == hash(frozenset([1, 2, 3])), {f: "value"}[frozenset({1, 2, 3})])
print(type(f | {4}).__name__, type({4} | f).__name__, type(f & {1}).__name__, type(f.copy()).__name__, f.copy() is f)
print(sorted(f | {4}), sorted(f - {1}), sorted(f ^ frozenset([3, 9])))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError", e)
try:
    f |= {4}
    print("rebinding works:", sorted(f))
except TypeError as e:
    print("TypeError", e)
nested = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(nested), sorted(sorted(x) for x in nested))
print(frozenset() == set(), frozenset("ab") == set("ba"), frozenset(frozenset([1])) == {1})
print({1: 2}.keys() == frozenset([1]))

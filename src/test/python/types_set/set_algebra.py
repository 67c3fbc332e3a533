a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, range(4))), sorted(a.difference(b, {1})), sorted(a.symmetric_difference([4, 10])))
print(a <= a, a < a, {1} < a, a >= {1, 2}, a > b, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}), a.isdisjoint(b))
print(a == {4, 3, 2, 1}, a != b, {1, 2} == frozenset([1, 2]))
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {1, 7}
print(sorted(c))
d = set(a)
d.intersection_update([1, 2, 99])
print(sorted(d))
d.difference_update({1})
print(sorted(d))
d.symmetric_difference_update({2, 3})
print(sorted(d))
try:
    a | [1]
except TypeError as e:
    print("TypeError", e)
try:
    a < [1]
except TypeError as e:
    print("TypeError", e)
try:
    a + b
except TypeError as e:
    print("TypeError", e)
print(set() == set(), set() < {1}, {1} > set(), set().issubset(set()))

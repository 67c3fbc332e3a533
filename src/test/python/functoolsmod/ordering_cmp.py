# total_ordering and cmp_to_key.
from functools import total_ordering, cmp_to_key

@total_ordering
class Student:
    def __init__(self, last, first):
        self.last, self.first = last, first
    def _key(self):
        return (self.last.lower(), self.first.lower())
    def __eq__(self, other):
        if not isinstance(other, Student):
            return NotImplemented
        return self._key() == other._key()
    def __lt__(self, other):
        if not isinstance(other, Student):
            return NotImplemented
        return self._key() < other._key()
    def __repr__(self):
        return self.first

a, b, c = Student("Smith", "Al"), Student("Jones", "Bo"), Student("smith", "al")
print(a < b, a > b, a <= c, a >= c, a > c, b <= a, sorted([a, b, c]))
print(Student.__gt__.__name__, Student.__le__.__name__, Student.__ge__.__name__, Student.__gt__.__qualname__)
try:
    a < 1
except TypeError as e:
    print("TypeError:", e)
try:
    a >= 1
except TypeError as e:
    print("TypeError:", e)

def make(root):
    ns = {"__init__": lambda self, v: setattr(self, "v", v),
          "__eq__": lambda self, o: self.v == o.v,
          root: {"__lt__": lambda s, o: s.v < o.v, "__le__": lambda s, o: s.v <= o.v,
                 "__gt__": lambda s, o: s.v > o.v, "__ge__": lambda s, o: s.v >= o.v}[root]}
    return total_ordering(type("T" + root.strip("_"), (), ns))

for root in ["__lt__", "__le__", "__gt__", "__ge__"]:
    T = make(root)
    res = []
    for x, y in [(1, 2), (2, 2), (3, 2)]:
        res.append((T(x) < T(y), T(x) <= T(y), T(x) > T(y), T(x) >= T(y)))
    print(root, res == [(x < y, x <= y, x > y, x >= y) for x, y in [(1, 2), (2, 2), (3, 2)]],
          sorted(n for n in ("__lt__", "__le__", "__gt__", "__ge__") if n in vars(T)))

# a class defining several keeps its own, and the root is the first of < <= > >=
@total_ordering
class Both:
    def __gt__(self, o): return "own gt"
    def __ge__(self, o): return "own ge"
print(Both() > Both(), Both() >= Both(), Both.__lt__.__name__, Both.__le__.__name__)

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

def numeric_compare(x, y):
    return x - y
print(sorted([5, 2, 4, 1, 3], key=cmp_to_key(numeric_compare)))
print(sorted([5, 2, 4, 1, 3], key=cmp_to_key(lambda x, y: y - x)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda x, y: len(x) - len(y)), reverse=True))
K = cmp_to_key(numeric_compare)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == k2, k1 <= K(1), k1 >= k2, k1 != k2, k1.obj, k2.obj)
print(min([3, 1, 2], key=cmp_to_key(numeric_compare)), type(K).__name__, type(k1).__name__)
for op in [lambda: k1 < 1, lambda: k1 == 1]:
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(k1)
except TypeError as e:
    print("TypeError:", type(e).__name__)
try:
    cmp_to_key()
except TypeError as e:
    print("TypeError")
print(K.obj, K(obj=4).obj)
k3 = K(3)
k3.obj = 5
print(k3.obj, k3 < K(4))
for args, kw in [((), {}), ((1, 2), {}), ((), {"x": 1})]:
    try:
        K(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)

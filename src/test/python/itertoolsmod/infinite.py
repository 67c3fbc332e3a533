# count, cycle and repeat: values, reprs, length hints, laziness.
from itertools import count, cycle, repeat, islice

print(count(), count(5), count(0.5, 2), count(1, 1.0), count(2, -1), count(1, 0), count(step=3),
      count(1.5), count(0, 1), count(start=2.5, step=0.5), count(1j), count(True), count(1, True))
print(list(islice(count(10), 3)), list(islice(count(1, 2), 4)), list(islice(count(2.5, 0.5), 4)))
print(list(islice(count(1 + 1j, 1j), 3)))
c = count(2**63 - 2)
print(next(c), next(c), next(c), c)
c = count(0.1, 0.1)
print([next(c) for _ in range(3)], c)
c = count(-5, -5)
next(c)
print(c)
class Num:
    """Anything with __index__ is a number count() accepts; it is added with +."""
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __add__(self, o): return Num(self.v + int(o))
    def __repr__(self): return "Num(%d)" % self.v
c = count(Num(3))
print(next(c), next(c), c)

print(list(islice(cycle("abc"), 8)), list(cycle([])))
src = iter([1, 2])
cy = cycle(src)
print(next(cy), list(src), next(cy), next(cy), next(cy))

r = repeat("a", 3)
print(r, r.__length_hint__(), next(r), r, list(r), r, r.__length_hint__())
print(repeat(1), repeat(1, -5), repeat(1, -5).__length_hint__(), list(repeat(None, 0)), repeat(object=[1], times=2))
print(list(map(pow, range(5), repeat(2))))

def check(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(count, "a")
check(count, 1, "a")
check(count, [1])
check(count, 1, 2, 3)
check(count, start=1, step=2, x=1)
check(count, x=1)
check(cycle)
check(cycle, 1)
check(cycle, [1], [2])
check(cycle, x=[1])
check(repeat)
check(repeat, 1, "a")
check(repeat, 1, 2, 3)
check(repeat, 1, x=2)
check(repeat(1).__length_hint__)
print(type(count()), type(cycle("")), type(repeat(1)))

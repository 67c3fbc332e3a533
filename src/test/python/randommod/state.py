# getstate/setstate round trips, CPython's state format, instances, subclasses
import random
import _random

r = random.Random(2023)
st = r.getstate()
print(st[0], type(st[1]).__name__, len(st[1]), st[1][:4], st[1][-1], st[2])
a = [r.random() for _ in range(700)]     # crosses a regeneration of the 624 words
r.setstate(st)
print(a == [r.random() for _ in range(700)])

# a state written by hand: words taken modulo 2**32 as C does
s2 = (3, tuple(range(1, 625)) + (624,), None)
r.setstate(s2)
print(r.random(), r.getrandbits(40), r.getstate()[1][:3])
r.setstate((3, (2**32 + 5,) * 624 + (3,), 0.25))
print(r.getstate()[1][:2], r.getstate()[1][-1], r.gauss(), r.gauss_next)

# a version 2 state (negative words are taken modulo 2**32)
r.setstate((2, (-1,) * 624 + (624,), None))
print(r.getstate()[1][:2], r.random())

# independent instances
x, y = random.Random(1), random.Random(1)
print(x.random() == y.random(), x.random() == y.random())
print(isinstance(x, _random.Random), random.Random.__mro__[1].__name__, type(x).__module__)

# _random.Random alone
g = _random.Random(10)
print(g.random(), g.getrandbits(10), len(g.getstate()))
g.seed(10)
print(g.random())
g.seed()
print(0 <= g.random() < 1)


# a subclass with only random() draws its ranges from random()
class Mine(random.Random):
    def random(self):
        return 0.5


m = Mine()
print(m.randrange(10), m.choice("abcd"), m.randint(1, 3))
m.shuffle(z := list(range(5)))
print(z)


# a subclass with getrandbits uses it for ranges
class Bits(random.Random):
    def getrandbits(self, k):
        return k


b = Bits(1)
print(b.randrange(100), b.randrange(3))


# subclass __init__ with extra arguments
class Seeded(random.Random):
    def __init__(self, a, b):
        super().__init__(a * 1000 + b)


print(Seeded(3, 4).random() == random.Random(3004).random())

# randbytes, getrandbits sizes
r = random.Random(77)
print(r.randbytes(5), len(r.randbytes(100)), r.getrandbits(1000).bit_length() <= 1000)
print(r.random.__self__ is r, random.random.__self__ is random._inst)

# SystemRandom: values in range, no state
s = random.SystemRandom()
v = [s.random() for _ in range(50)]
print(all(0 <= x < 1 for x in v), all(0 <= s.randrange(7) < 7 for _ in range(50)))
print(len(s.randbytes(16)), s.getrandbits(0), s.getrandbits(20) < 2**20, s.choice([9]))
print(sorted(s.sample(range(10), 10)))

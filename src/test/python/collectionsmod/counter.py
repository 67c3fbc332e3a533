# Counter: counting, most_common, elements, update/subtract, total, arithmetic,
# comparisons (3.10+), repr order and errors
from collections import Counter


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


c = Counter('abracadabra')
print(c, Counter(), Counter({'a': 1, 'b': 'x'}))
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(''.join(sorted(c.elements())), c.total(), c['zzz'], 'zzz' in c)
t(lambda: Counter.fromkeys('a'))
t(lambda: Counter(a=1) < {'a': 2})
t(lambda: Counter(a=1, b=-2) + Counter(a=1))
t(lambda: -Counter(a=1, b=-2))
t(lambda: +Counter(a=1, b=-2, c=0))
t(lambda: Counter(a=3, b=1) - Counter(a=1, b=2))
t(lambda: Counter(a=3, b=1) - Counter(c=-2))
t(lambda: Counter(a=3, b=1) | Counter(a=1, b=2))
t(lambda: Counter(a=3, b=1) & Counter(a=1, b=2))
t(lambda: Counter(a=3) == Counter(a=3, b=0))
t(lambda: Counter(a=3) != Counter(a=3, b=0))
t(lambda: Counter(a=3) == {'a': 3})
t(lambda: Counter(a=1) <= Counter(a=1, b=1))
t(lambda: Counter(a=1) < Counter(a=1))
t(lambda: Counter(a=2) >= Counter(a=1))
t(lambda: Counter(a=2) > Counter(a=2, b=0))
t(lambda: Counter(1, 2))
t(lambda: Counter(a=2).most_common(0))
t(lambda: list(Counter(a=2, b=3.0).elements()))
t(lambda: Counter(a=1) + {'a': 1})
d = Counter(a=4, b=2, c=0, d=-2)
d.subtract(Counter(a=1, b=2, c=3, d=4))
print(d)
d.subtract('aab', e=1)
print(d)
d.update({'a': 10}, z=1)
d.update(['a', 'q'])
print(d, d.total())
del d['a']
del d['nonexistent']
print(d)
e = Counter(a=3, b=-1)
e += Counter(b=1, c=1)
print(e)
e -= Counter(a=1)
print(e)
e |= Counter(a=5, q=-1)
print(e)
e &= Counter(a=1, c=7)
print(e)
print(Counter(a=2).copy(), type(Counter().copy()).__name__, Counter(x=1).__reduce__())
print(Counter({'b': 2, 'a': 2, 'c': 3}))
print(Counter([1, 1, 2, 2, 3]).most_common(2))


class Sub(Counter):
    pass


s = Sub('aab')
print(s, type(s + s).__name__, type(s.copy()).__name__)
print(Counter(['x', 1, 'x', 1.5]))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(1)[0], sorted(Counter(words)))
print(Counter(cat=1, dog=1) == Counter(dog=1, cat=1))

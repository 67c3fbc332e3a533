# bisect: left/right searches and insertions with lo, hi and key, and their errors
import bisect


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print([n for n in dir(bisect) if not n.startswith('__')], bisect.__doc__)
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right, bisect.bisect.__name__)
print(bisect.bisect_right.__doc__)
print(bisect.insort_left.__doc__)
a = [1, 2, 2, 2, 3, 5]
for x in (0, 1, 2, 2.5, 3, 4, 5, 6):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2), bisect.bisect_left(a, 2, lo=4, hi=6))
t(lambda: bisect.bisect_right([1, 2], 1, 0, 2, 5))
t(lambda: bisect.bisect_right([1, 2]))
t(lambda: bisect.bisect_right())
t(lambda: bisect.bisect_right([1, 2], 1, -1))
t(lambda: bisect.insort_left([1, 2], 1, -1))
t(lambda: bisect.bisect_right([1, 2], 1, 'a'))
t(lambda: bisect.bisect_right([1, 2], 1, hi=-5))
t(lambda: bisect.bisect_right([1, 2], 1, hi=-1))
t(lambda: bisect.bisect_right([1, 2], 1, hi=None))
t(lambda: bisect.bisect_right([1, 2], 1, lo=None))
t(lambda: bisect.bisect_right([1, 2], 1, hi=10))
t(lambda: bisect.bisect_right(5, 1))
t(lambda: bisect.bisect_right([1, 2], 1, z=1))
t(lambda: bisect.insort(5, 1))
t(lambda: bisect.insort((1, 2), 1))
t(lambda: bisect.bisect_left([1, 'a'], 1.5))
t(lambda: bisect.bisect_left([1, 2], 1, key=5))
t(lambda: bisect.insort_left([1, 2], 1, key=5))
t(lambda: bisect.bisect_right([1, 2], 1, 0, 2 ** 70))
t(lambda: bisect.bisect_right([1, 2], 1, 0, 2, key=None))
b = []
for x in (5, 1, 4, 1, 3, 9, 2, 6):
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4.0)
print(b, [type(v).__name__ for v in b[4:8]])
bisect.insort(b, 100, 0, 3)
print(b)
people = [('ann', 19), ('bob', 25), ('cid', 31)]
print(bisect.bisect_left(people, 25, key=lambda p: p[1]), bisect.bisect_right(people, 25, key=lambda p: p[1]))
bisect.insort(people, ('dan', 25), key=lambda p: p[1])
bisect.insort_left(people, ('eve', 25), key=lambda p: p[1])
print(people)


class Seq:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, x):
        print('insert', i, x)
        self.items.insert(i, x)


s = Seq([10, 20, 30])
print(bisect.bisect(s, 25), bisect.bisect_left(s, 20))
bisect.insort(s, 15)
print(s.items)
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], score)] for score in (33, 99, 77, 70, 89, 90, 100)])
print(bisect.bisect_left(range(0, 100, 5), 42), bisect.bisect_right('acegik', 'f'))

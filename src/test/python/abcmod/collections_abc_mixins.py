# collections.abc: the mixin methods a concrete class gets by defining the abstract ones
import collections.abc as c


class ListSet(c.MutableSet):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)

    def __repr__(self):
        return 'ListSet(%r)' % sorted(self.items)


a, b = ListSet([1, 2, 3]), ListSet([3, 4])
print(a & b, a | b, a - b, a ^ b, b - a, a & [3, 9], [1, 9] & a if False else None)
print(a <= ListSet([1, 2, 3, 4]), a < a, a >= ListSet([1]), a > ListSet([1]), a == ListSet([3, 2, 1]), a != b)
print(a.isdisjoint([7]), a.isdisjoint([1]), a == {1, 2, 3}, {1, 2, 3} == a, a <= {1, 2, 3})
print({4, 5} - a, {1, 9} | a, {1, 9} ^ a)
a.remove(1)
try:
    a.remove(99)
except KeyError as e:
    print('KeyError', e)
x = a.pop()
print(x, a)
a |= [7, 8]
a &= [7, 8, 2]
print(a)
a ^= [8, 10]
a -= [2]
print(a)
a ^= a
print(a, len(a))
a.clear()
try:
    a.pop()
except KeyError as e:
    print('KeyError', repr(e))
print(ListSet([1, 2]) - [2], ListSet([1]) ^ {2})


class DictMap(c.MutableMapping):
    def __init__(self, *args, **kw):
        self.d = {}
        self.update(*args, **kw)

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


m = DictMap({'a': 1}, b=2)
m.update([('c', 3)])
m.update(DictMap(d=4))
print(sorted(m.items()), sorted(m.keys()), sorted(m.values()), m.get('z', 0), 'a' in m, 'z' in m)
print(type(m.keys()).__name__, m == {'a': 1, 'b': 2, 'c': 3, 'd': 4}, m != {}, m.setdefault('e', 5), m.setdefault('a', 0))
print(m.pop('a'), m.pop('zz', None), m.popitem(), len(m))
try:
    m.pop('zz')
except KeyError as e:
    print('KeyError', e)
print(('b', 2) in m.items(), ('b', 3) in m.items(), 2 in m.values(), m.keys() & {'b', 'q'}, sorted(m.keys() | {'q'}))
m.clear()
try:
    m.popitem()
except KeyError as e:
    print('KeyError', repr(e))
print(len(m))


class Seq(c.Sequence):
    def __init__(self, *items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = Seq(1, 2, 3, 2)
print(list(s), list(reversed(s)), 2 in s, 9 in s, s.index(2), s.index(2, 2), s.index(2, -2), s.count(2))
try:
    s.index(9)
except ValueError as e:
    print('ValueError', repr(e))
try:
    s.index(1, 1, 3)
except ValueError as e:
    print('ValueError', repr(e))


class MSeq(c.MutableSequence):
    def __init__(self, *items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)


ms = MSeq(1, 2)
ms.append(3)
ms.extend([4, 5])
ms.extend(ms)
print(ms.items)
ms.reverse()
print(ms.items, ms.pop(), ms.pop(0), ms.items)
ms.remove(4)
ms += [9]
print(ms.items)
ms.clear()
print(ms.items)
try:
    ms.pop()
except IndexError as e:
    print('IndexError', e)
try:
    c.Sequence()
except TypeError as e:
    print('TypeError', e)


class Gen(c.Generator):
    def __init__(self):
        self.n = 0

    def send(self, v):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


g = Gen()
print(list(g), iter(g) is g)
try:
    Gen().throw(ValueError, ValueError('boom'))
except ValueError as e:
    print('ValueError', e)
Gen().close()


class It(c.Iterator):
    def __next__(self):
        raise StopIteration


print(list(It()), isinstance(It(), c.Iterable))

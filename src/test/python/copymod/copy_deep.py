# copy.deepcopy: nesting, sharing and cycles through the memo, __deepcopy__, tuples,
# reduce protocol, methods
import copy


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


x = [1, [2, [3]], {'k': [4]}, (5, [6])]
y = copy.deepcopy(x)
print(y == x, y is x, y[1] is x[1], y[2]['k'] is x[2]['k'], y[3] is x[3], y[3][1] is x[3][1])
shared = [0]
z = copy.deepcopy([shared, shared])
print(z[0] is z[1], z[0] is shared)
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a, repr(b))
d = {}
d['self'] = d
e = copy.deepcopy(d)
print(e['self'] is e)
tup = (1, 2, 'x')
print(copy.deepcopy(tup) is tup, copy.deepcopy((1, [2])) == (1, [2]))
for v in (None, 3, 'abc', b'b', 2.0, len, int, range(2)):
    print(type(v).__name__, copy.deepcopy(v) is v)
print(copy.deepcopy(frozenset([1, 2])) == frozenset([1, 2]), sorted(copy.deepcopy({3, 1, 2})))


class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt


n = Node([1])
n.nxt = n
m = copy.deepcopy(n)
print(m.nxt is m, m.val == [1], m.val is not n.val)


class Custom:
    def __init__(self):
        self.data = [1]

    def __deepcopy__(self, memo):
        print('memo is a dict:', type(memo).__name__)
        r = Custom()
        r.data = 'deep'
        return r


print(copy.deepcopy([Custom()])[0].data)
memo = {}
lst = [1, 2]
c1 = copy.deepcopy(lst, memo)
print(memo[id(lst)] is c1, copy.deepcopy(lst, memo) is c1)


class Bound:
    def __init__(self):
        self.v = [1]

    def get(self):
        return self.v


bnd = Bound()
meth = copy.deepcopy(bnd.get)
print(meth() == [1], meth.__self__ is not bnd)


class Rebuilt:
    def __init__(self, items):
        self.items = items

    def __reduce__(self):
        return (Rebuilt, (self.items,), None, None, None)


r = copy.deepcopy(Rebuilt([1, 2]))
print(type(r).__name__, r.items)


class Appender(list):
    pass


ap = Appender([[1], [2]])
ap2 = copy.deepcopy(ap)
print(type(ap2).__name__, ap2, ap2[0] is ap[0])


class Slots:
    __slots__ = ('a',)


s = Slots()
s.a = [1]
s2 = copy.deepcopy(s)
print(s2.a, s2.a is s.a)


class Err:
    def __deepcopy__(self, memo):
        raise copy.Error('cannot deep copy this')


t(lambda: copy.deepcopy(Err()))
print(copy.deepcopy({'a': (1, {'b': [2]})}))

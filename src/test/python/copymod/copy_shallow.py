# copy.copy: built-in containers, immutables returned as is, __copy__, __reduce_ex__,
# copyreg.dispatch_table, slots, and copy.Error
import copy
import copyreg


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(copy.__all__, copy.error is copy.Error, issubclass(copy.Error, Exception))
for x in (None, 1, 2.5, True, 1j, 'abc', b'xy', (1, [2]), frozenset([1]), range(3), slice(1, 2),
          len, print, int, Ellipsis, NotImplemented):
    print(type(x).__name__, copy.copy(x) is x)
lst = [1, [2, 3]]
c = copy.copy(lst)
print(c == lst, c is lst, c[1] is lst[1])
for x in ({'a': [1]}, {1, 2}, bytearray(b'ab')):
    y = copy.copy(x)
    print(type(y).__name__, y == x, y is x)


class Plain:
    def __init__(self, v):
        self.v = v


p = Plain([1])
q = copy.copy(p)
print(type(q).__name__, q.v is p.v, q is p)


class WithCopy:
    def __copy__(self):
        return 'custom copy'


print(copy.copy(WithCopy()))


class Slots:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1


s = copy.copy(Slots())
print(s.a, hasattr(s, 'b'))


class Both:
    __slots__ = ('x', '__dict__')


b = Both()
b.x = 1
b.y = 2
b2 = copy.copy(b)
print(b2.x, b2.y)


class State:
    def __init__(self):
        self.n = 1

    def __getstate__(self):
        return {'n': self.n * 10}

    def __setstate__(self, st):
        self.n = st['n'] + 1


print(copy.copy(State()).n)


class Reduced:
    def __reduce__(self):
        return (Reduced.make, (5,))

    @staticmethod
    def make(v):
        r = object.__new__(Reduced)
        r.v = v
        return r


print(copy.copy(Reduced()).v)


class AsString:
    def __reduce__(self):
        return 'AsString'


a = AsString()
print(copy.copy(a) is a)


class ListSub(list):
    pass


ls = ListSub([1, 2])
ls.attr = 'x'
ls2 = copy.copy(ls)
print(type(ls2).__name__, ls2, ls2.attr, ls2 is ls)


class DictSub(dict):
    pass


ds = copy.copy(DictSub(a=1))
print(type(ds).__name__, ds)


class Registered:
    pass


copyreg.pickle(Registered, lambda obj: (str, ('from dispatch table',)))
print(copy.copy(Registered()))


class NoReduce:
    __reduce_ex__ = None
    __reduce__ = None


t(lambda: copy.copy(NoReduce()))
t(lambda: copy.deepcopy(NoReduce()))


class Boom:
    def __reduce_ex__(self, proto):
        raise TypeError('nope %d' % proto)


t(lambda: copy.copy(Boom()))

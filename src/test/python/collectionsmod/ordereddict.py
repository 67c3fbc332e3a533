# OrderedDict: order, move_to_end, popitem, equality, reprs, views, | and errors
from collections import OrderedDict


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


o = OrderedDict(a=1, b=2)
o['self'] = o
t(lambda: o)
t(lambda: OrderedDict())
t(lambda: o.popitem(last=False))
t(lambda: OrderedDict().popitem())
t(lambda: OrderedDict().popitem(last=False))
t(lambda: o.move_to_end('zz'))
t(lambda: OrderedDict.fromkeys('ab', 0))
t(lambda: OrderedDict.fromkeys('ab'))
t(lambda: OrderedDict(a=1) | {'b': 2})
t(lambda: {'b': 2} | OrderedDict(a=1))
t(lambda: OrderedDict(a=1).__or__(5))
t(lambda: o.keys())
t(lambda: o.items())
t(lambda: o.values())
t(lambda: list(reversed(o)))
t(lambda: list(reversed(o.keys())))
t(lambda: list(reversed(o.values()))[0])
t(lambda: list(reversed(o.items()))[1])
t(lambda: o.__reduce__()[:4])
t(lambda: OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
t(lambda: OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1))
t(lambda: OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
t(lambda: {'b': 2, 'a': 1} == OrderedDict(a=1, b=2))
t(lambda: OrderedDict(1, 2))
t(lambda: o.pop('zz'))
t(lambda: o.pop('zz', 'dflt'))
print(OrderedDict.__hash__)
d = OrderedDict.fromkeys('abcde')
d.move_to_end('b')
print(''.join(d))
d.move_to_end('d', last=False)
print(''.join(d), ''.join(d.keys()))
print(d.popitem(), d.popitem(False), ''.join(d))
d['z'] = 1
d['a'] = 2
print(list(d.items()))
print(d.setdefault('a', 9), d.setdefault('q', 9), list(d))
d.update([('k', 1)], m=2)
print(list(d), len(d), 'k' in d, d.get('m'))
c = d.copy()
print(type(c).__name__, c == d, c is d)
del d['k']
print(list(d))
d |= {'w': 0}
print(list(d))
print(isinstance(d, dict), o.keys() & {'b'}, sorted(o.keys() | {'x'}))


class Sub(OrderedDict):
    pass


print(Sub(a=1), Sub(), type(Sub(a=1) | {'b': 2}).__name__, type(Sub.fromkeys('x')).__name__)
x = OrderedDict([('b', 1), ('a', 2)])
x['b'] = 5
print(x)

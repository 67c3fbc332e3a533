# defaultdict: __missing__, default_factory, repr (also recursive), copy, |, errors
from collections import defaultdict


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: defaultdict(list, a=[1]))
t(lambda: defaultdict())
t(lambda: defaultdict(1))
t(lambda: defaultdict(None, {1: 2}))
t(lambda: defaultdict(int, [('a', 1)], b=2))
d = defaultdict(list)
d[1].append(2)
t(lambda: d)
t(lambda: (d.copy(), type(d.copy()).__name__, d.__copy__(), d.__reduce__()[:4]))
t(lambda: d | {2: 3})
t(lambda: {2: 3} | d)
t(lambda: d.__or__(3))
t(lambda: defaultdict(None)[1])
t(lambda: d.__missing__(5))
t(lambda: d.default_factory)
t(lambda: d.get(99))
t(lambda: 99 in d)
dd = defaultdict()
dd.default_factory = dd
t(lambda: dd)
words = 'the quick brown fox jumps over the lazy dog the end'.split()
counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(sorted(counts.items()))
groups = defaultdict(set)
for w in words:
    groups[len(w)].add(w)
print(sorted((k, sorted(v)) for k, v in groups.items()))
print(isinstance(d, dict), d == {1: [2], 5: []}, defaultdict.__name__, defaultdict.__module__)
print(defaultdict[int, str])
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
print(nested['a']['b'], len(nested))


class Sub(defaultdict):
    pass


s = Sub(list)
s['x']
print(s, s.copy())
d.default_factory = None
t(lambda: d['nope'])

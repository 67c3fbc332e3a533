# list, dict and set methods with CPython's results and errors
l = [3, 1, 2]
l.append(4); l.extend((5,)); l.insert(-1, 9); print(l, l.pop(), l.pop(0), l.index(9), l.count(1), l.copy())
l.remove(9); l.reverse(); print(l); l.sort(key=lambda x: -x, reverse=True); print(l); l.clear(); print(l)
try: [].pop()
except IndexError as e: print(e)
try: [1].remove(2)
except ValueError as e: print(e)
try: [1].index(2)
except ValueError as e: print(e)
a = [1, 2, 3, 4, 5]; a[1:3] = 'xyz'; print(a); del a[::2]; print(a); a[::-1] = [7, 8, 9][:len(a)]; print(a)
try: a[::2] = [1, 2, 3]
except ValueError as e: print(e)
print([1, 2] * 2, [1] + [2], [1, 2] < [1, 3], [[]] * 2, list(range(3))[-1], [1, 2, 3][-5:10], repr([1, [2]]), [1] == [1.0])
x = []; x.append(x); print(x, {1: {}}.__repr__())
pairs = [(1, 'b'), (0, 'a'), (1, 'a')]; print(sorted(pairs, key=lambda p: p[0]))
try: [1, 'a'].sort()
except TypeError as e: print(e)
d = {'a': 1, 'b': 2}
print(d.get('c'), d.setdefault('c', 3), d.pop('a'), d.pop('z', 0), d.popitem(), d, list(d.keys()), list(d.items()), list(d.values()))
d.update({'x': 1}, y=2); d.update([('z', 3)]); print(d, dict.fromkeys('ab', 0), d | {'q': 1}, {**d, 'x': 9})
d |= {'n': 1}; print(d, list(reversed(d)), d.keys() & {'x', 'y'} == {'x', 'y'}, d.keys() - {'x'} == {'b', 'c', 'y', 'z', 'n'} or sorted(d.keys() - {'x'}))
try: d['missing']
except KeyError as e: print(repr(e))
try: {}.popitem()
except KeyError as e: print(e)
class DD(dict):
    def __missing__(s, k): return k * 2
print(DD()['ab'], DD(a=1), repr(DD(a=1)), DD(a=1).get('zz'))
print({1: 'a'}.keys(), {1: 'a'}.values(), {1: 'a'}.items(), repr({}.keys()), dict([(1, 2)]) == {1: 2}, {1: 2} != {1: 3})
try:
    for k in d: d['new'] = 1
except RuntimeError as e: print(e)
s = {1, 2, 3}
print(sorted(s | {4}), s & {1, 5}, sorted(s - {1}), sorted(s ^ {1, 9}), s.issubset({1, 2, 3, 4}), s.isdisjoint({7}), s.issuperset([1]), {1} < s, sorted(s.union([7], (8,))), sorted(s.intersection()), frozenset(s) == s)
s.add(5); s.discard(9); s.remove(5); print(s.pop() in (1, 2, 3), len(s), s.copy() == s, set(), frozenset(), repr(frozenset({1})), {1, 2}.difference_update if 0 else '')
try: set().pop()
except KeyError as e: print(e)
try: {1}.remove(2)
except KeyError as e: print(repr(e))

# types.MappingProxyType over dicts and other mappings: read-only views.
import types
from types import MappingProxyType

d = {'a': 1, 'b': 2}
p = MappingProxyType(d)
print(p, len(p), p['a'], 'b' in p, 'z' in p, p.get('z'), p.get('z', 0), list(p))
print(sorted(p.keys()), sorted(p.values()), sorted(p.items()))
d['c'] = 3
print(p['c'], len(p))
for bad in (lambda: p.__setitem__('x', 1), lambda: p.__delitem__('a')):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)
try:
    p['x'] = 1
except TypeError as e:
    print(e)
try:
    p['missing']
except KeyError as e:
    print('KeyError', e)
print(p | {'z': 0}, {'z': 0} | p)
try:
    p |= {}
except TypeError as e:
    print(e)
print(list(reversed(p)), p == d, str(p), p.copy() == d, type(p.copy()).__name__)
for bad in ([], (), 1, 'abc'):
    try:
        MappingProxyType(bad)
    except TypeError as e:
        print(e)


class M:
    def __init__(self):
        self.data = {'k': 'v'}

    def __getitem__(self, key):
        return self.data[key]

    def keys(self):
        return self.data.keys()

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        return self.data.get(key, default)


q = MappingProxyType(M())
print(q['k'], len(q), list(q), 'k' in q, q.get('k'), q.get('no', 'dflt'))
print(type(type.__dict__) is MappingProxyType)

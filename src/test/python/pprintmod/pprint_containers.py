# pformat of nested containers at many widths, indents, depths and compact settings.
import pprint

data = {
    'name': 'gilpy', 'version': (3, 11, 7), 'tags': ['interpreter', 'java', 'python', 'gil'],
    'nested': {'a': [1, 2, [3, 4, [5, 6, {'deep': 'value', 'deeper': [7, 8, 9]}]]], 'b': (1,), 'c': ()},
    'set': {3, 1, 2}, 'fs': frozenset({1, 2}), 'empty': {}, 'el': [], 'es': set(),
    'numbers': list(range(30)), 'floats': [1.5, 2.25, -0.0, 1e100, float('inf')],
    'none': None, 'bool': True, 'cplx': 1 + 2j,
}
for width in (1, 10, 20, 40, 60, 80, 120):
    print('--- width', width)
    print(pprint.pformat(data, width=width))
for indent in (0, 2, 4):
    print('--- indent', indent)
    print(pprint.pformat(data, indent=indent, width=50))
for depth in (1, 2, 3):
    print('--- depth', depth)
    print(pprint.pformat(data, depth=depth))
    print(pprint.pformat(data, depth=depth, width=30))
print('--- compact')
print(pprint.pformat(data, compact=True, width=40))
print(pprint.pformat([list(range(12))] * 3, compact=True, width=30))
print(pprint.pformat(list(range(100)), compact=True))
print(pprint.pformat(list(range(40)), compact=True, indent=3, width=33))
print('--- sort_dicts')
d = {'z': 1, 'a': 2, 'm': {'y': 1, 'b': 2}}
print(pprint.pformat(d, sort_dicts=False, width=10))
print(pprint.pformat(d, width=10))
print(pprint.pformat({1: 'a', 'b': 2, (1, 2): None, None: 3}, width=20))
print(pprint.pformat({1, 'a', 2.5, (1,), None}, width=10))
print('--- underscore_numbers')
print(pprint.pformat([12345678, 10 ** 20, -1000, True], underscore_numbers=True))
print(pprint.pformat([12345678] * 10, underscore_numbers=True, width=40))
print('--- tuples')
print(pprint.pformat((('x' * 30,),), width=20))
print(pprint.pformat(tuple(range(25)), width=20))
print(pprint.pformat([[[[[[]]]]]], width=3))
print(pprint.pformat([(1,)] * 4, width=8))
print(pprint.pformat(frozenset(range(15)), width=30))
print(pprint.pformat(set(range(15)), width=30))
class L(list):
    pass
class D(dict):
    pass
class T(tuple):
    def __repr__(self):
        return 'T!'
print(pprint.pformat(L(range(30))), pprint.pformat(D(a=1, b=list(range(30)))))
print(pprint.pformat([T((1, 2))] * 30))
print('--- pprint to stream')
import io
s = io.StringIO()
pprint.pprint(data, stream=s, width=60)
pprint.pprint([1, 2], s)
print(s.getvalue(), end='')
pprint.pprint({'b': 1, 'a': list(range(40))})
pprint.pp({'b': 1, 'a': list(range(40))})
pprint.pp({'b': 1, 'a': 2}, width=5, sort_dicts=True)
p = pprint.PrettyPrinter(indent=2, width=30, depth=2, stream=s)
print(p.pformat(data))
print(p.isreadable(data), p.isrecursive(data), p.isreadable([1, 2]))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError', e)

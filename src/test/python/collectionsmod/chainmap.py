# ChainMap: lookups across maps, writes to the first, new_child/parents, repr, errors
from collections import ChainMap


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], cm.get('z', 'dflt'), len(cm), list(cm), sorted(cm.items()))
print('a' in cm, 'z' in cm, bool(cm), bool(ChainMap()), bool(ChainMap({}, {})))
cm['a'] = 100
print(over, base)
del cm['a']
t(lambda: cm.__delitem__('a'))
t(lambda: ChainMap().pop(1))
t(lambda: ChainMap().popitem())
t(lambda: ChainMap()[1])
t(lambda: ChainMap({1: 2}).pop(1))
t(lambda: ChainMap({1: 2}).pop(3, 'd'))
t(lambda: ChainMap({1: 2}).popitem())
c = ChainMap()
c.maps.append(c)
t(lambda: c)
child = cm.new_child()
child['x'] = 1
print(child, child.parents, child.parents.parents)
print(cm.new_child({'q': 1}, r=2), cm.new_child(s=3))
print(ChainMap.fromkeys('ab', 0), ChainMap.fromkeys('ab'))
cp = cm.copy()
cp['new'] = 1
print(cp, cm, cp.maps[1] is cm.maps[1])
print(cm | {'z': 0}, {'z': 0} | cm)
cm |= {'w': 9}
print(cm)
cm.clear()
print(cm, len(cm))


class Missing(ChainMap):
    def __missing__(self, key):
        return 'missing:' + key


print(Missing({'a': 1})['b'])
print(ChainMap({'a': 1}) == {'a': 1}, ChainMap({'a': 1}, {'a': 2}) == ChainMap({'a': 1}))
print(list(ChainMap({'a': 1}, {'b': 2}, {'c': 3, 'a': 0})))
print(ChainMap({'x': 1}).maps, ChainMap().maps)

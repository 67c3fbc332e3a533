# PrettyPrinter.format() as an override hook; subclasses of builtin types; mixed-type
# sorting; objects whose repr fails; namespace recursion.
import pprint
import types


class HexPrinter(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, int) and not isinstance(object, bool):
            return hex(object), True, False
        return super().format(object, context, maxlevels, level)


hp = HexPrinter(width=30)
print(hp.pformat([1, 255, {'k': 4096, 'b': True}, (65535,)]))
print(hp.pformat(list(range(250, 262))))


class MyStr(str):
    pass


class MyInt(int):
    pass


class MyList(list):
    pass


class ReprList(list):
    def __repr__(self):
        return 'ReprList(%d items)' % len(self)


print(pprint.pformat(MyStr('word ' * 30), width=40))
print(pprint.pformat([MyInt(5), MyInt(7)] * 10, width=30, underscore_numbers=True))
print(pprint.pformat(MyList(range(30)), width=40))
print(pprint.pformat(ReprList(range(30)), width=10))
print(pprint.pformat({(1, 2): 'tuple key', 1: 'int', 'a': 'str', None: 'none', 2.5: 'float',
                      b'b': 'bytes', frozenset(): 'fs'}, width=30))
print(pprint.pformat({True: 1, 0: 2, 'x': 3}, width=10))
print(pprint.pformat({3, 'b', 1, 'a', (2,)}, width=5))


class BadRepr:
    def __repr__(self):
        raise ValueError('no repr for you')


try:
    pprint.pformat([BadRepr()])
except ValueError as e:
    print('ValueError', e)
ns = types.SimpleNamespace(a=1)
ns.me = ns
ns.items = list(range(30))
print(pprint.pformat(ns, width=40).replace(hex(id(ns)), 'ID'))
print(pprint.pformat(types.SimpleNamespace(), width=1))
print(pprint.pformat([[1, 2, [3, 4, [5, [6]]]]], depth=2, width=5))
print(pprint.pformat({'a': {'b': {'c': {}}}}, depth=2))
print(pprint.pformat(((((),),),), depth=2))
print(pprint.saferepr([1, {'b': 2, 'a': (3, [4])}]))
print(pprint.isreadable(1.5), pprint.isreadable(int), pprint.isreadable({1: int}))
pprint.pp([{'z': 1, 'a': 2}] * 4, width=20)
pprint.pprint([{'z': 1, 'a': 2}] * 4, width=20, sort_dicts=False)
print(pprint.pformat('x' * 100, width=20), pprint.pformat(['x' * 100], width=20))
print(pprint.pformat('a b' * 50, width=1))
print(pprint.pformat(b'\x00\xff' * 40, width=30))
print(pprint.pformat([b'ab' * 40], width=30, indent=3))

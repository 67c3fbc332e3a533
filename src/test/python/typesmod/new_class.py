# types.new_class, prepare_class, resolve_bases and DynamicClassAttribute.
import types


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {'prepared': True}

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


def body(ns):
    ns['x'] = 1
    ns['f'] = lambda self: 'f'


C = types.new_class('C', (), {'metaclass': Meta, 'flag': 2}, body)
print(C.__name__, C.x, C().f(), C.prepared, type(C).__name__)
D = types.new_class('D', (C,), None, lambda ns: ns.update(y=2))
print(D.y, D.x, type(D).__name__)
print(types.new_class('E').__mro__)
meta, ns, kw = types.prepare_class('F', (C,), {'a': 1})
print(meta.__name__, ns, kw)
meta, ns, kw = types.prepare_class('G')
print(meta, ns, kw)


class Entries:
    def __mro_entries__(self, bases):
        return (int, str)


e = Entries()
print(types.resolve_bases((e, float)))
print(types.resolve_bases((int,)))
H = types.new_class('H', (Entries2 := type('Entries2', (), {'__mro_entries__': lambda self, b: (dict,)})(),))
print(H.__bases__, H.__orig_bases__[0].__class__.__name__)


class Bad:
    def __mro_entries__(self, bases):
        return [int]


try:
    types.resolve_bases((Bad(),))
except TypeError as e:
    print(e)


class M1(type):
    pass


class M2(type):
    pass


A1 = M1('A1', (), {})
A2 = M2('A2', (), {})
try:
    types.prepare_class('X', (A1, A2))
except TypeError as e:
    print(e)


class EnumLike(type):
    def __getattr__(cls, name):
        return 'class-level ' + name


class Member(metaclass=EnumLike):
    def __init__(self, v):
        self._v = v

    @types.DynamicClassAttribute
    def value(self):
        "the value"
        return self._v


print(Member(5).value, Member.value, Member.__dict__['value'].__doc__)
try:
    Member(1).value = 3
except AttributeError as e:
    print('AttributeError', e)

# The type names of the types module are the interpreter's own types.
import sys
import types


def f():
    yield 1


class C:
    __slots__ = ('a',)

    def m(self):
        return self


checks = [
    ("FunctionType", f, types.FunctionType),
    ("LambdaType", lambda: 0, types.LambdaType),
    ("CodeType", f.__code__, types.CodeType),
    ("GeneratorType", f(), types.GeneratorType),
    ("MethodType", C().m, types.MethodType),
    ("BuiltinFunctionType", len, types.BuiltinFunctionType),
    ("BuiltinMethodType", [].append, types.BuiltinMethodType),
    ("MethodDescriptorType", str.join, types.MethodDescriptorType),
    ("ClassMethodDescriptorType", dict.__dict__['fromkeys'], types.ClassMethodDescriptorType),
    ("ModuleType", sys, types.ModuleType),
    ("MappingProxyType", type.__dict__, types.MappingProxyType),
    ("GetSetDescriptorType", types.FunctionType.__dict__['__code__'], types.GetSetDescriptorType),
    ("MemberDescriptorType", C.a, types.MemberDescriptorType),
    ("SimpleNamespace", sys.implementation, types.SimpleNamespace),
    ("GenericAlias", list[int], types.GenericAlias),
    ("UnionType", int | str, types.UnionType),
    ("NoneType", None, types.NoneType),
    ("EllipsisType", ..., types.EllipsisType),
    ("NotImplementedType", NotImplemented, types.NotImplementedType),
]
for name, obj, t in checks:
    print(name, isinstance(obj, t), t.__name__)

try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType),
          isinstance(e.__traceback__.tb_frame, types.FrameType))


def outer():
    x = 1

    def inner():
        return x
    return inner


print(isinstance(outer().__closure__[0], types.CellType))

# Constructing some of them.
bound = types.MethodType(lambda self, y: (self, y), 5)
print(bound(6), bound.__self__)
for args in [(), (len,), (len, None), (1, 2), (len, 1, 2)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("MethodType", len(args), e)
m = types.ModuleType('mymod', 'the doc')
print(m, m.__name__, m.__doc__, types.ModuleType('other').__doc__)
m.x = 3
print(m.x, sorted(k for k in vars(m) if not k.startswith('__')))
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b='x', c=[1]))
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)))
for args in [(), (list,), (1, 2, 3)]:
    try:
        types.GenericAlias(*args)
    except TypeError as e:
        print(e)
# object.__getattribute__ words a missing attribute generically, type.__getattribute__
# as a class's.
for getattribute, target in ((object.__getattribute__, sys), (object.__getattribute__, C),
                             (object.__getattribute__, C()), (type.__getattribute__, C),
                             (type.__getattribute__, int)):
    try:
        getattribute(target, 'nope')
    except AttributeError as e:
        print(e)

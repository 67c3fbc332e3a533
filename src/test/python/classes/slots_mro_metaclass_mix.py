# __slots__ layout errors, C3 MRO and its conflict, metaclass __prepare__/__new__/__call__
class S:
    __slots__ = ('a', 'b')


s = S()
s.a = 1
for f in (lambda: setattr(s, 'c', 2), lambda: s.b):
    try:
        f()
    except AttributeError as e:
        print(e)
print(type(S.a).__name__, hasattr(s, '__dict__'), S.__slots__)


class S2(S):
    __slots__ = ['c']


print(S2.__slots__, [c.__name__ for c in S2.__mro__])


class SD:
    __slots__ = ('__dict__', 'x')


sd = SD()
sd.y = 1
print(sd.__dict__)


class X: pass
class Y(X): pass
class Z(X): pass
class W(Y, Z): pass


print([c.__name__ for c in W.__mro__], [c.__name__ for c in W.mro()])
try:
    class Bad(X, Y):
        pass
except TypeError as e:
    print(e)


class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print('meta new', name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(m, name, bases, ns)

    def __init__(c, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

    @classmethod
    def __prepare__(m, name, bases, **kw):
        print('prepare', name)
        return {'injected': 1}

    def __call__(c, *a):
        print('meta call', a)
        return super().__call__(*a)


class K(metaclass=Meta, k=2):
    def f(self): pass


print(K.injected, type(K).__name__, type(K()).__name__)

# property get/set/delete and read-only errors; super() forms; type() with three arguments
class P:
    def __init__(s): s._x = 0

    @property
    def x(s):
        "xdoc"
        return s._x

    @x.setter
    def x(s, v): s._x = v

    @x.deleter
    def x(s): print('deleter')


p = P()
p.x = 5
print(p.x, P.x.__doc__)
del p.x


class RO:
    @property
    def r(s): return 1


for f in (lambda: setattr(RO(), 'r', 2), lambda: delattr(RO(), 'r')):
    try:
        f()
    except AttributeError as e:
        print(e)


class Base:
    def f(s): return 'Base.f'

    @classmethod
    def c(cls): return 'Base.c ' + cls.__name__


class Der(Base):
    def f(s): return 'Der>' + super().f() + ' ' + super(Der, s).f()

    @classmethod
    def c(cls): return 'Der>' + super().c()


print(Der().f(), Der.c(), super(Der, Der()).f.__name__, repr(super(Der, Der()))[:30])
print(type('T', (object,), {'a': 1}).a, type(3), type('T', (), {}).__mro__)
try:
    type('T', (3,), {})
except TypeError as e:
    print(e)


class WeirdNew:
    def __new__(cls, *a): print('new', a); return 42
    def __init__(s, *a): print('never')


print(WeirdNew(1))
class X:
    pass


for f in (lambda: X(1), lambda: object(1)):
    try:
        f()
    except TypeError as e:
        print(e)


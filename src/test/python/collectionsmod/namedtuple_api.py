# namedtuple: class attributes, methods, docs, defaults, rename and every error message
from collections import namedtuple


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


P = namedtuple('P', 'x, y', defaults=[2])
print(sorted(k for k in P.__dict__))
print(P.__doc__, P.x.__doc__, P._field_defaults, P.__new__.__doc__)
print(P._make.__doc__, P._replace.__doc__, P._asdict.__doc__, P.__getnewargs__.__doc__, sep='\n')
print(P.__match_args__, P.__module__, P.__new__.__defaults__, P.__new__.__qualname__,
      P.__repr__.__qualname__, P._make.__qualname__, P._fields, P.__slots__)
print(P.__name__, P.__qualname__, P.__bases__)
t(lambda: namedtuple('P', 'a b c', rename=True, defaults=(1, 2, 3, 4)))
t(lambda: namedtuple('P', ['a', 1]))
t(lambda: namedtuple(1, 'a'))
t(lambda: namedtuple('P', 'a def'))
t(lambda: namedtuple('P', 'a _b'))
t(lambda: namedtuple('P', 'a a'))
t(lambda: namedtuple('P-', 'a'))
t(lambda: namedtuple('P', 'a 1b'))
t(lambda: namedtuple('class', 'a'))
t(lambda: namedtuple('P', 'a def _x a 1b x', rename=True)._fields)
t(lambda: P(1, 2, 3))
t(lambda: P())
t(lambda: P(1, z=2))
t(lambda: P(1, x=2))
t(lambda: P._make([1]))
t(lambda: P._make([1, 2, 3]))
t(lambda: P._make(iter([5, 6])))
t(lambda: P(1)._replace(z=3))
t(lambda: P(1)._replace(y=3))
p = P(1)
t(lambda: setattr(p, 'x', 3))
t(lambda: delattr(p, 'x'))
t(lambda: p.__dict__)
t(lambda: setattr(p, 'z', 3))
t(lambda: P.x)
t(lambda: (p._asdict(), p.__getnewargs__(), repr(p), p == (1, 2), hash(p) == hash((1, 2))))
t(lambda: (p.x, p.y, p[0], p[-1], p[:1], len(p), list(p), p + (3,), p * 2))


class Q(P):
    def total(self):
        return self.x + self.y


t(lambda: repr(Q(1, 2)))
t(lambda: Q(3, 4).total())
t(lambda: namedtuple('P', 'a b', module='m').__module__)
t(lambda: namedtuple('P', '')._fields)
t(lambda: namedtuple('P', ' ')())
t(lambda: namedtuple('P', (x for x in 'ab'))._fields)
t(lambda: namedtuple('One', 'a')(5))
t(lambda: namedtuple('One', 'a').__doc__)
t(lambda: namedtuple('P', 'a b c', defaults=iter([7, 8]))._field_defaults)
t(lambda: namedtuple('P', 'a b c', defaults=[7, 8])(1))
t(lambda: namedtuple('P', ['a', 'b'])(b=2, a=1))
Point = namedtuple('Point', 'x y')
x, y = Point(11, y=22)
print(x, y, Point(**{'x': 1, 'y': 2}), Point._make(range(2)))
print(isinstance(Point(1, 2), tuple), issubclass(Point, tuple))
print(sorted({Point(2, 1), Point(1, 2)}))

# Dataclasses, SimpleNamespace and mappingproxy are split like containers.
import pprint
import types
import dataclasses

@dataclasses.dataclass
class Point:
    x: int
    y: int
    label: str = 'origin'
    hidden: list = dataclasses.field(default_factory=list, repr=False)

@dataclasses.dataclass
class Line:
    start: Point
    end: Point
    points: list

line = Line(Point(1, 2), Point(3, 4, 'far away point with a long label'), [Point(i, i) for i in range(4)])
print(pprint.pformat(line))
print(pprint.pformat(line, width=30))
print(pprint.pformat(Point(1, 2)))

@dataclasses.dataclass(repr=False)
class NoRepr:
    x: int
print(pprint.pformat([NoRepr(1)] * 2, width=5).count('NoRepr'))

@dataclasses.dataclass
class Custom:
    a: int
    def __repr__(self):
        return 'Custom<%d>' % self.a
print(pprint.pformat([Custom(1)] * 20))

ns = types.SimpleNamespace(alpha=list(range(20)), beta='text ' * 10, gamma={'k': 'v'})
print(pprint.pformat(ns))
print(pprint.pformat(ns, width=30))
class NS(types.SimpleNamespace):
    pass
print(pprint.pformat(NS(a=list(range(30)), b=2)))
mp = types.MappingProxyType({'k%d' % i: i for i in range(12)})
print(pprint.pformat(mp))
print(pprint.pformat(mp, width=20))

# NamedTuple, TypedDict and NewType.
from typing import *
import typing


def e(f):
    """Print what calling f gives: its repr, or the exception."""
    try:
        r = f()
        print("OK", repr(r))
    except Exception as x:
        print(type(x).__name__, x)


T = TypeVar('T')
class Pt(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int: return self.x + self.y
e(lambda: Pt(1))
e(lambda: Pt(1, 2).norm())
e(lambda: Pt._fields)
e(lambda: Pt._field_defaults)
e(lambda: Pt.__annotations__)
e(lambda: Pt.__mro__)
e(lambda: Pt._make([3, 4]))
e(lambda: Pt(1)._replace(y=5))
e(lambda: Pt(1)._asdict())
e(lambda: Pt(x=1, y=2, z=3))
e(lambda: Pt())
e(lambda: Pt.__doc__)
E = NamedTuple('E', [('a', int), ('b', str)])
e(lambda: E(1, 'b'))
e(lambda: E.__annotations__)
e(lambda: NamedTuple('F', a=int))
e(lambda: NamedTuple('F'))
def f():
    class B(NamedTuple):
        x: int = 0
        y: int
e(f)
def f():
    class B(NamedTuple):
        _x: int
e(f)
def f():
    class B(NamedTuple, Generic[T]):
        x: T
    return B[int], B(1)
e(f)
def f():
    class C(Pt):
        def extra(self): return 1
    return C(1, 2), C(1,2).extra(), C.__mro__
e(f)
def f():
    class B(NamedTuple, int): pass
e(f)
e(lambda: type(NamedTuple))
class Movie(TypedDict):
    title: str
    year: int
class Movie2(Movie, total=False):
    rating: float
e(lambda: Movie(title='x', year=1))
e(lambda: type(Movie(title='x', year=1)))
e(lambda: sorted(Movie.__required_keys__))
e(lambda: sorted(Movie2.__required_keys__))
e(lambda: sorted(Movie2.__optional_keys__))
e(lambda: Movie2.__total__)
e(lambda: Movie2.__annotations__)
e(lambda: Movie2.__mro__)
e(lambda: Movie.__bases__)
e(lambda: isinstance({}, Movie))
e(lambda: Movie2(title='a', year=1, extra=3))
M3 = TypedDict('M3', {'a': int, 'b': NotRequired[str]})
e(lambda: M3.__required_keys__)
e(lambda: M3.__optional_keys__)
e(lambda: M3.__annotations__)
e(lambda: M3)
e(lambda: TypedDict('M4', {'a': int}, total=False).__optional_keys__)
e(lambda: is_typeddict(Movie))
e(lambda: is_typeddict(dict))
e(lambda: is_typeddict(TypedDict))
class M5(TypedDict):
    a: Required[int]
    b: NotRequired[int]
e(lambda: (M5.__required_keys__, M5.__optional_keys__))
e(lambda: M5.__annotations__)
def f():
    class B(TypedDict, int): pass
e(f)
def f():
    class B(TypedDict):
        def m(self): pass
    return B
e(f)
UserId = NewType('UserId', int)
e(lambda: UserId)
e(lambda: UserId.__name__)
e(lambda: UserId.__qualname__)
e(lambda: UserId.__module__)
e(lambda: type(UserId))
e(lambda: UserId | None)
def f():
    class X(UserId): pass
e(f)
e(lambda: isinstance(1, UserId))
e(lambda: NewType('A.B', int))
Deriv = NewType('Deriv', UserId)
e(lambda: Deriv.__supertype__)
def f():
    Local = NewType('Local', int)
    return Local, Local(3), Local.__module__
e(f)
e(lambda: Pt(1, 2) == (1, 2))
e(lambda: Pt(1, 2)[1])
e(lambda: Pt(y=3, x=4))
e(lambda: Pt._make([1]))
e(lambda: Pt(1)._replace(z=1))
e(lambda: Pt.__new__.__defaults__)
e(lambda: Pt.__new__.__annotations__)
e(lambda: Pt.__match_args__)
x, y = Pt(5, 6)
print(x, y)
def f():
    class Bad(NamedTuple):
        x: int
        def _replace(self): pass
e(f)
def f():
    class Emp(NamedTuple):
        pass
    return Emp(), Emp._fields
e(f)
e(lambda: NamedTuple('F', [('a', int)], b=str))
e(lambda: NamedTuple('G', [('a', int), ('a', str)]))
e(lambda: TypedDict('X', {'a': int}, b=int))
e(lambda: TypedDict('X', a=int).__annotations__ if False else 0)
class Point3(TypedDict, total=False):
    x: int
    y: Required[int]
e(lambda: (Point3.__required_keys__, Point3.__optional_keys__, Point3.__total__))
e(lambda: Point3(x=1))
e(lambda: Point3.__module__)
e(lambda: Point3.__name__)
e(lambda: issubclass(dict, Movie))
def f():
    class G(TypedDict, Generic[T]):
        val: T
    return G.__parameters__, G[int], G(val=1), G.__mro__
e(f)

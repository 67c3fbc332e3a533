# Generic classes, TypeVar/ParamSpec/TypeVarTuple and substitution of type variables.
from typing import *
import typing


def e(f):
    """Print what calling f gives: its repr, or the exception."""
    try:
        r = f()
        print("OK", repr(r))
    except Exception as x:
        print(type(x).__name__, x)


T = TypeVar('T'); S = TypeVar('S'); P = ParamSpec('P')
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
e(lambda: Box[int])
e(lambda: Box[int](3).v)
e(lambda: Box[int](3).__orig_class__)
e(lambda: Box.__orig_bases__)
e(lambda: Box.__parameters__)
e(lambda: Box.__mro__)
e(lambda: Box[int].__origin__)
e(lambda: Box[int, str])
e(lambda: Box[3])
e(lambda: Box[int][int])
e(lambda: Box[T][S])
class Pair(Box[T], Generic[T, S]): pass
e(lambda: Pair.__parameters__)
e(lambda: Pair[int, str])
class IntBox(Box[int]): pass
e(lambda: IntBox.__parameters__)
e(lambda: IntBox.__orig_bases__)
e(lambda: IntBox[int])
e(lambda: type('X', (Generic,), {}))
def f():
    class X(Generic): pass
e(f)
def f():
    class X(Generic[T], Generic[S]): pass
e(f)
def f():
    class X(List[T], Generic[S]): pass
e(f)
def f():
    class X(Dict[T, S]): pass
    return X, X.__parameters__, X[int, str], X.__mro__
e(f)
def f():
    class X(List[int]): pass
    return X.__mro__, X.__orig_bases__
e(f)
def f():
    class X(Generic[T, S]): pass
    return X[int, T], X[int, T][str], X[T, T]
e(f)
def f():
    class X(Generic[P]): pass
    return X[[int, str]], X[int, str], X[...], X[[int]].__args__
e(f)
e(lambda: isinstance(Box(1), Box))
e(lambda: isinstance(Box(1), Box[int]))
e(lambda: Box[int] == Box[int])
e(lambda: Box[int] == Box[str])
e(lambda: Generic.__module__)
e(lambda: Box.__class_getitem__)
e(lambda: Pair[int, str].__parameters__)
e(lambda: Pair[int, T].__parameters__)
e(lambda: Pair[int, T].__args__)
e(lambda: Box[List[T]][int])
e(lambda: TypeVar('T', int))
e(lambda: TypeVar('T', bound=int, covariant=True))
e(lambda: TypeVar('T', covariant=True, contravariant=True))
e(lambda: TypeVar('T', int, str, bound=int))
e(lambda: TypeVar('T', int, str).__constraints__)
e(lambda: TypeVar('T', bound=int).__bound__)
e(lambda: TypeVar('T', bound='Foo').__bound__)
e(lambda: TypeVar('T_co', covariant=True))
e(lambda: TypeVar('T_contra', contravariant=True))
e(lambda: (T.__name__, T.__covariant__, T.__contravariant__, T.__bound__, T.__constraints__))
e(lambda: T.__module__)
e(lambda: TypeVar('T') == TypeVar('T'))
e(lambda: T == T)
e(lambda: T | int)
e(lambda: int | T)
e(lambda: T | None)
e(lambda: AnyStr)
e(lambda: AnyStr.__constraints__)
e(lambda: ParamSpec('P'))
e(lambda: ParamSpec('P', covariant=True))
e(lambda: P.args)
e(lambda: P.kwargs)
e(lambda: P.args.__origin__ is P)
e(lambda: P.args == P.args)
e(lambda: TypeVarTuple('Ts'))
Ts = TypeVarTuple('Ts')
e(lambda: Unpack[Ts])
e(lambda: [*Ts])
e(lambda: Ts.__name__)
e(lambda: Generic[Unpack[Ts]])
def f():
    class Arr(Generic[Unpack[Ts]]):
        pass
    return Arr.__parameters__, Arr[int, str], Arr[()]
e(f)
def f():
    class Arr(Generic[T, Unpack[Ts]]):
        pass
    return Arr[int], Arr[int, str, bytes]
e(f)
e(lambda: List[T][int])
e(lambda: Dict[T, S][int, str])
e(lambda: Dict[T, List[S]][int, str])
e(lambda: Dict[T, T][int])
e(lambda: Dict[T, S][int])
e(lambda: Dict[T, list[S]][int, str])
e(lambda: List[int][int])
e(lambda: List[T].__parameters__)
e(lambda: Dict[T, List[S]].__parameters__)
e(lambda: Dict[S, list[T]].__parameters__)
e(lambda: Union[int, T][str])
e(lambda: Union[T, S][int, int])
e(lambda: Optional[T][str])
e(lambda: Type[T][int])
e(lambda: Tuple[T, ...][int])
e(lambda: ClassVar[T][int])
e(lambda: Generic[T][int])
e(lambda: Box[T][List[S]][int])
def f():
    class X(Generic[T]):
        pass
    class Y(X[int]):
        pass
    class Z(X[T], Generic[T]):
        pass
    return Y.__mro__, Y.__orig_bases__, Z[str], Z.__orig_bases__
e(f)
def f():
    class Base(Generic[T]):
        def get(self) -> T:
            return self.v
    class Child(Base[int]):
        def __init__(self):
            self.v = 5
    return Child().get(), isinstance(Child(), Base), issubclass(Child, Base)
e(f)
def f():
    class WithInit(Generic[T]):
        def __init_subclass__(cls, **kw):
            super().__init_subclass__(**kw)
            cls.seen = kw
    class K(WithInit[int], flag=1):
        pass
    return K.seen, K.__parameters__
e(f)
def f():
    class Slotted(Generic[T]):
        __slots__ = ('a',)
    s = Slotted[int]()
    return hasattr(s, '__orig_class__')
e(f)

# Protocol, runtime_checkable and the Supports* protocols.
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
class Box(Generic[T]): pass
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class HasX(Protocol):
    x: int
@runtime_checkable
class RHasX(Protocol):
    x: int
    def m(self): ...
class F:
    def close(self): pass
class G:
    x = 1
    def m(self): pass
e(lambda: isinstance(F(), Closable))
e(lambda: isinstance(1, Closable))
e(lambda: issubclass(F, Closable))
e(lambda: isinstance(G(), HasX))
e(lambda: isinstance(G(), RHasX))
e(lambda: issubclass(G, RHasX))
e(lambda: isinstance(F(), RHasX))
e(lambda: Closable())
e(lambda: HasX.__protocol_attrs__ if hasattr(HasX,'__protocol_attrs__') else 'none')
e(lambda: Closable._is_protocol)
e(lambda: type(Closable))
e(lambda: runtime_checkable(F))
e(lambda: Closable.__mro__)
class Impl(Closable):
    pass
e(lambda: type(Impl()).__name__)
e(lambda: Impl._is_protocol)
e(lambda: isinstance(Impl(), Closable))
class PG(Protocol[T]):
    def get(self) -> T: ...
e(lambda: PG[int])
e(lambda: PG.__parameters__)
e(lambda: isinstance(1, SupportsInt))
e(lambda: isinstance('', SupportsInt))
e(lambda: isinstance(1.0, SupportsIndex))
e(lambda: issubclass(float, SupportsAbs))
e(lambda: SupportsAbs[int])
e(lambda: SupportsRound[int])
e(lambda: SupportsInt.__mro__)
e(lambda: isinstance(b'', SupportsBytes))
e(lambda: isinstance(1j, SupportsComplex))
e(lambda: issubclass(int, SupportsFloat))
def f():
    class Q(Protocol):
        def meth(self): ...
    class R:
        def meth(self): ...
    issubclass(R, Q)
e(f)
def f():
    class Q(Protocol):
        x: int
    class R: x = 1
    @runtime_checkable
    class Q2(Protocol):
        x: int
    return issubclass(R, Q2)
e(f)
def f():
    class Q(Box[int], Protocol): pass
e(f)
@runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int: ...
e(lambda: isinstance([], Sized2))
e(lambda: isinstance(3, Sized2))
e(lambda: issubclass(dict, Sized2))
class NoLen:
    __len__ = None
e(lambda: isinstance(NoLen(), Sized2))
e(lambda: issubclass(NoLen, Sized2))
@runtime_checkable
class Both(Sized2, Closable, Protocol):
    pass
class HasBoth:
    def __len__(self): return 0
    def close(self): pass
e(lambda: isinstance(HasBoth(), Both))
e(lambda: isinstance(F(), Both))
e(lambda: Both.__mro__)
class Concrete(Sized2):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
e(lambda: len(Concrete(4)))
e(lambda: isinstance(Concrete(1), Sized2))
e(lambda: Concrete._is_protocol)
class WithDefault(Closable):
    pass
e(lambda: WithDefault().close())
class Inst:
    pass
i = Inst()
i.close = lambda: None
e(lambda: isinstance(i, Closable))
e(lambda: issubclass(Inst, Closable))
e(lambda: issubclass(3, Closable))
def f():
    @runtime_checkable
    class Named(Protocol):
        name: str
    class A:
        def __init__(self):
            self.name = 'a'
    return isinstance(A(), Named), isinstance(object(), Named)
e(f)
e(lambda: isinstance(3, SupportsRound))
e(lambda: isinstance('x', SupportsAbs))
e(lambda: isinstance(True, SupportsIndex))
e(lambda: SupportsIndex.__parameters__)
e(lambda: SupportsAbs.__parameters__)
e(lambda: runtime_checkable(Generic))
class P(Protocol):
    def __init__(self, x): self.x = x
e(lambda: type(P(1)).__name__)
class Base:
    def __init__(self, x): self.x = x
class Q(Protocol):
    def m(self): ...
class C(Q, Base): pass
e(lambda: C(5).x)
class D(Q):
    def __init__(self, y): self.y = y
class E(D): pass
e(lambda: E(3).y)
e(lambda: Q.__init__ is C.__init__)
e(lambda: type(Q).__name__)
class R(Q, Protocol):
    def n(self): ...
e(lambda: (R._is_protocol, R.__mro__))
e(lambda: R())
@runtime_checkable
class S(Protocol[T := TypeVar('T')]):
    def get(self) -> T: ...
class Impl:
    def get(self): return 1
e(lambda: isinstance(Impl(), S))
e(lambda: isinstance(Impl(), S[int]))
e(lambda: S[int])
e(lambda: S.__parameters__)
class Ab(Protocol):
    x: int
    def meth(self) -> int:
        return self.x * 2
class AbImpl(Ab):
    x = 4
e(lambda: AbImpl().meth())

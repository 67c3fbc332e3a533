# The helper functions and decorators: cast, overload, final, reveal_type, IO classes...
from typing import *
import typing


def e(f):
    """Print what calling f gives: its repr, or the exception."""
    try:
        r = f()
        print("OK", repr(r))
    except Exception as x:
        print(type(x).__name__, x)


@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
e(lambda: len(get_overloads(g)))
e(lambda: g(3))
@overload
def h(x: int) -> int: ...
e(lambda: h(3))
clear_overloads()
e(lambda: get_overloads(g))
@final
class Fi: pass
e(lambda: Fi.__final__)
@final
def fm(): pass
e(lambda: fm.__final__)
@no_type_check
def nt(a: int) -> str: pass
e(lambda: nt.__no_type_check__)
e(lambda: get_type_hints(nt))
@dataclass_transform()
def dt(cls): return cls
e(lambda: dt.__dataclass_transform__)
e(lambda: reveal_type(3))
e(lambda: reveal_type([1]))
e(lambda: Text)
e(lambda: AnyStr.__constraints__)
e(lambda: type(Any))
def f():
    class MyAny(Any): pass
    return MyAny, type(MyAny()).__name__
e(f)
e(lambda: cast(int, 'x'))
e(lambda: cast('int', 'x'))
e(lambda: cast(List[int], None))
e(lambda: TYPE_CHECKING)
e(lambda: assert_never(3))
e(lambda: assert_never('x' * 200))
e(lambda: assert_type(3, str))
e(lambda: reveal_type(None))
class Meth:
    @overload
    def m(self, x: int) -> int: ...
    @overload
    def m(self, x: str) -> str: ...
    def m(self, x): return x * 2
    @final
    def done(self): pass
e(lambda: Meth().m(2))
e(lambda: [f.__qualname__ for f in get_overloads(Meth.m)])
e(lambda: Meth.done.__final__)
@no_type_check
class NT:
    def meth(self, a: int) -> str: pass
    class Inner:
        def im(self, b: 'Undefined'): pass
e(lambda: NT.meth.__no_type_check__)
e(lambda: NT.Inner.im.__no_type_check__)
e(lambda: get_type_hints(NT.Inner.im))
def deco(f):
    return f
ntd = no_type_check_decorator(deco)
@ntd
def decorated(a: 'Nope'): pass
e(lambda: decorated.__no_type_check__)
e(lambda: (ntd.__name__, ntd.__wrapped__ is deco))
@dataclass_transform(kw_only_default=True, field_specifiers=(int,), extra=1)
class Base: pass
e(lambda: Base.__dataclass_transform__)
e(lambda: typing.IO[str])
e(lambda: typing.IO.__parameters__)
e(lambda: typing.TextIO.__mro__)
e(lambda: typing.BinaryIO.__mro__)
e(lambda: typing.TextIO.__parameters__)
e(lambda: typing.TextIO.__orig_bases__)
e(lambda: typing.IO.__orig_bases__)
e(lambda: typing.Text is str)
e(lambda: [n for n in ['List', 'cast', 'NamedTuple', 'TypeVar', 'Protocol'] if n in typing.__all__])
e(lambda: typing.NoSuchName)
try:
    from typing import NoSuchName
except ImportError as x:
    print('ImportError', str(x).split(' (')[0])
e(lambda: Generic.__doc__ is not None)

# get_type_hints, ForwardRef, get_origin and get_args.
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
class Node:
    val: int
    next: Optional['Node'] = None
    tags: List[str]
    cv: ClassVar[int] = 3
    fi: Final = 1
    ann: Annotated[int, 'meta']
def f(a: int, b: 'Node' = None, *args: str, c: Dict[str, 'Node'], **kw: float) -> List[Node]: pass
e(lambda: f.__annotations__)
e(lambda: get_type_hints(f))
e(lambda: get_type_hints(Node))
e(lambda: get_type_hints(Node, include_extras=True))
class Sub(Node):
    more: Tuple[int, ...]
e(lambda: get_type_hints(Sub))
def g(x: 'Undefined'): pass
e(lambda: get_type_hints(g))
def h(x: list['Node'], y: 'int | None', z: Required[int]): pass
e(lambda: get_type_hints(h))
e(lambda: get_type_hints(h, include_extras=True))
e(lambda: get_type_hints(3))
e(lambda: get_type_hints(len))
e(lambda: get_type_hints(lambda: 0))
def k(x: 'List[T]') -> 'T': pass
e(lambda: get_type_hints(k))
e(lambda: get_type_hints(k, localns={'T': int}))
e(lambda: get_type_hints(k, globalns={'List': list, 'T': str}))
e(lambda: ForwardRef('int') == ForwardRef('int'))
e(lambda: hash(ForwardRef('int')) == hash(ForwardRef('int')))
e(lambda: ForwardRef('int')._evaluate(globals(), None, frozenset()))
e(lambda: Union[int, 'str'] | None)
import sys
e(lambda: get_type_hints(sys.modules[__name__])['T'] if False else 1)
class M(TypedDict):
    a: 'Node'
    b: NotRequired[int]
e(lambda: get_type_hints(M))
e(lambda: get_type_hints(M, include_extras=True))
class NT(NamedTuple):
    a: 'Node'
e(lambda: get_type_hints(NT))
e(lambda: get_origin(List[int]))
e(lambda: get_origin(List))
e(lambda: get_origin(Union[int, str]))
e(lambda: get_origin(int | str))
e(lambda: get_origin(Literal[1]))
e(lambda: get_origin(Annotated[int, 1]))
e(lambda: get_origin(Generic))
e(lambda: get_origin(Generic[T]))
e(lambda: get_origin(ClassVar[int]))
e(lambda: get_origin(int))
e(lambda: get_origin(list[int]))
e(lambda: get_origin(ParamSpec('P').args))
e(lambda: get_args(Annotated[int, 1, 2]))
e(lambda: get_args(int | str))
e(lambda: get_args(List))
e(lambda: get_args(Tuple[()]))
e(lambda: get_args(Tuple[int, ...]))
e(lambda: get_args(int))
e(lambda: get_args(Literal[1, 'a']))
e(lambda: get_args(Dict[str, List[int]]))
e(lambda: get_args(list[int]))
e(lambda: get_origin(List[int]))
e(lambda: get_origin(Tuple[int, ...]))
e(lambda: get_origin(Required[int]))
e(lambda: get_origin(P.kwargs) if (P := ParamSpec('P')) else 0)
e(lambda: get_origin(Union))
e(lambda: get_origin(Literal))
e(lambda: get_args(Optional[int]))
e(lambda: get_args(Union[int, List[str]]))
e(lambda: get_args(ClassVar[int]))
e(lambda: get_args(Annotated[List[int], 'x']))
e(lambda: get_args(Generic[T]))
e(lambda: ForwardRef('List[int]'))
e(lambda: ForwardRef('x').__forward_arg__)
e(lambda: ForwardRef('x') == ForwardRef('x', module='m'))
e(lambda: ForwardRef('int') | None)
e(lambda: ForwardRef('Node')._evaluate(globals(), None, frozenset()))
e(lambda: ForwardRef('List["Node"]')._evaluate(globals(), None, frozenset()))
def uses_ann(x: Annotated[Optional[int], 'a'] = None, y: 'Annotated[int, 1]' = 2) -> None: pass
e(lambda: get_type_hints(uses_ann))
e(lambda: get_type_hints(uses_ann, include_extras=True))
def bad(x: 'ClassVar[int]'): pass
e(lambda: get_type_hints(bad))
class Rec:
    child: 'Rec'
    kids: 'List[Rec]'
e(lambda: get_type_hints(Rec))
e(lambda: get_type_hints(Rec.__init__))
e(lambda: get_type_hints(typing.IO.readlines))
class Wrap:
    def __init__(self, f):
        self.__wrapped__ = f
        self.__annotations__ = f.__annotations__
e(lambda: get_type_hints(Wrap(k)))

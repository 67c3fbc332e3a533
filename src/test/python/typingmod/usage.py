# Typing in everyday code: generic dataclasses, protocols with properties, overloads of staticmethods, generic inheritance chains, unions.
from typing import *
import typing, enum
from dataclasses import dataclass
def e(f):
    try: r = f(); print("OK", repr(r))
    except Exception as x: print(type(x).__name__, x)
T = TypeVar('T'); K = TypeVar('K'); V = TypeVar('V')
class Color(enum.Enum):
    RED = 1
e(lambda: Literal[Color.RED])
e(lambda: Literal[Color.RED].__args__)
@dataclass
class Pair(Generic[K, V]):
    key: K
    val: V
e(lambda: Pair[str, int]('a', 1))
e(lambda: Pair[str, int]('a', 1).__orig_class__)
e(lambda: get_type_hints(Pair))
@runtime_checkable
class HasName(Protocol):
    @property
    def name(self) -> str: ...
    @classmethod
    def make(cls) -> 'HasName': ...
class N:
    name = 'x'
    @classmethod
    def make(cls): return cls()
e(lambda: isinstance(N(), HasName))
e(lambda: isinstance(object(), HasName))
class Doc(NamedTuple):
    """My doc."""
    a: int
e(lambda: Doc.__doc__)
e(lambda: Doc(1))
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1)
e(lambda: (s.pop(), s.__orig_class__, Stack.__orig_bases__))
class Ovl:
    @overload
    @staticmethod
    def f(x: int) -> int: ...
    @overload
    @staticmethod
    def f(x: str) -> str: ...
    @staticmethod
    def f(x): return x
e(lambda: Ovl.f(3))
e(lambda: len(get_overloads(Ovl.f)))
class Tree(TypedDict):
    name: str
    kids: List['Tree']
e(lambda: get_type_hints(Tree))
e(lambda: Tree(name='a', kids=[]))
class Base(Generic[T]):
    pass
class Mid(Base[T]):
    pass
class Leaf(Mid[int]):
    pass
e(lambda: (Mid.__parameters__, Leaf.__parameters__, Leaf.__mro__))
e(lambda: Mid[str])
e(lambda: Leaf.__orig_bases__)
class Multi(Dict[K, V], Generic[V, K]): pass
e(lambda: Multi.__parameters__)
e(lambda: Multi[int, str])
e(lambda: Multi[int, str]().__class__)
e(lambda: issubclass(Multi, dict))
e(lambda: typing.Optional[typing.List[typing.Dict[str, typing.Tuple[int, ...]]]])
e(lambda: Union[int, str, None].__args__)
e(lambda: Optional[Union[int, None]])
e(lambda: Union[Union[int, str], Optional[bytes]])
e(lambda: Union[int, list[int], 'x'])
e(lambda: Union[int, int | str])
e(lambda: (int | str) | Literal[1])
e(lambda: hash(Union[int, str]) == hash(int | str))
e(lambda: Literal[1, 2] | Literal[3])
e(lambda: Union[Literal[1, 2], Literal[2, 3]])
e(lambda: isinstance(3, Union[int, List[int]]))
e(lambda: isinstance([], Union[int, List[int]]))
e(lambda: cast(int, 3) + 1)
e(lambda: NewType('N', List[int]))
e(lambda: NewType('N', List[int])([1]))
e(lambda: get_args(Union[Literal['a'], None]))

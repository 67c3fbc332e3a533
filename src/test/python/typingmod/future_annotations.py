"""from __future__ import annotations (PEP 563): annotations are kept as source text and
get_type_hints evaluates them, so forward references need no quotes."""
from __future__ import annotations

import typing
from typing import ClassVar, Dict, List, Literal, NamedTuple, Optional, Required, Tuple, TypedDict, Union, get_type_hints


class Node:
    value: int
    next: Optional[Node] = None
    children: List[Node]
    kind: ClassVar[str] = 'node'
    meta: Dict[str, Tuple[int, ...]]

    def link(self, other: Node, *, weight: float = 1.0) -> Node:
        self.next = other
        return self

    def pair(self) -> tuple[Node, Node | None]:
        return self, self.next


def f(a: int, b: 'str' = 'x', *args: List[int], c: int | None = None, **kw: Dict[str, 'Node']) -> None:
    x: int = 3
    return None


def g(x: Literal['a', "b'c", 1, -2, 3.5, True, None, b'z'],
      y: Union[int, str] = 0,
      z: typing.Tuple[()] = (),
      w: Callable[[int, str], List[int]] = len,
      v: Callable[..., int] = len,
      u: 'Node' = None,
      t: list[int][0] = 0,
      s: (int, str) = 0,
      r: lambda q: q = 0,
      p: {'a': 1, **{}} = 0,
      o: [i for i in range(3) if i] = 0,
      n: a.b.c if 1 < 2 <= 3 else not x and y or z = 0,
      m: -(1 + 2) * 3 ** -4 // 5 % 6 = 0,
      l: f"{x!r:>{w}}" = 0,
      k: x[1:2, ::3] = 0,
      j: (1,) = 0,
      i: 1 .real = 0,
      h: 'it\'s' = 0,
      *e: *Ts) -> "A | B":
    pass


print(Node.__annotations__)
print(Node.link.__annotations__)
print(Node.pair.__annotations__)
print(f.__annotations__)
for k, v in g.__annotations__.items():
    print(k, repr(v))
print(get_type_hints(Node))
print(get_type_hints(Node.link))
print(get_type_hints(Node.pair))
print(get_type_hints(f))
n = Node().link(Node())
print(type(n.next).__name__, Node.kind)
x: List[int] = [1]
y: Undefined[int] = 2
print(__annotations__)
class P(NamedTuple):
    x: int
    y: List[P] = []
class TD(TypedDict, total=False):
    a: int
    b: Required[str]
print(P.__annotations__, get_type_hints(P))
print(TD.__annotations__, get_type_hints(TD), sorted(TD.__required_keys__))
def f(x: int = None) -> None: ...
print(get_type_hints(f))
def outer():
    X = 1
    def inner(a: X) -> X: pass
    class C:
        y: X
    return inner.__code__.co_freevars, outer.__code__.co_cellvars, C.__annotations__
print(outer())

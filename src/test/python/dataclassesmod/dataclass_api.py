# dataclasses: generated methods, fields, errors, frozen/order/hash rules, InitVar, KW_ONLY, slots, make_dataclass.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING
import dataclasses
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = P(1)
print(p, P.__doc__, p == P(1), p != P(2), P.__hash__, P.__match_args__)
print(fields(p)[0].name, fields(P)[2].default_factory, [f.name for f in fields(P)], asdict(p), astuple(P(1, 2, [3])))
print(replace(p, y=5), is_dataclass(p), is_dataclass(P), is_dataclass(1))
try: P()
except TypeError as e: print(e)
try: P(1, 2, 3, 4)
except TypeError as e: print(e)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e: print(e)
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = 'z'
f = F(1)
try: f.a = 2
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
try: del f.a
except FrozenInstanceError as e: print(type(e).__name__, e)
print(hash(f) == hash((1, 'z')), F(1) < F(2), sorted([F(3), F(1, 'a'), F(1)]), F(1) <= F(1))
try: F(1) < P(1)
except TypeError as e: print(e)
@dataclass
class Post:
    a: int
    b: InitVar[int]
    c: int = field(init=False)
    def __post_init__(self, b):
        self.c = self.a + b
print(Post(1, 2), [f.name for f in fields(Post)])
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
try: K(1)
except TypeError as e: print(e)
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(K2(1, b=2), K2.__match_args__)
@dataclass(repr=False, eq=False)
class NoRepr:
    a: int
print(NoRepr(1) == NoRepr(1), repr(NoRepr(1)).startswith('<__main__.NoRepr object'))
C = make_dataclass('C', ['x', ('y', int), ('z', int, field(default=5))], namespace={'m': lambda self: self.x})
print(C(1, 2), C(1, 2).m(), C.__module__ if False else '')
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default=None, hash=False, compare=False)
print(hash(H(1)) == hash((1,)), H(1) == H(1, [2]))
@dataclass
class Node:
    val: int
    next: 'Node' = None
n = Node(1); n.next = n
print(n)
print(P.__dataclass_params__ if False else '', P.__dataclass_fields__['x'].type, type(P.__dataclass_fields__['x']).__name__)
@dataclass(slots=True)
class S:
    a: int
    b: int = 1
print(S.__slots__, S(2), hasattr(S(2), '__dict__'))
@dataclass
class Base:
    x: int = 1
@dataclass
class Derived(Base):
    y: int = 2
    x: int = 5
print(Derived(), Derived.__doc__)
try:
    @dataclass
    class FD(F):
        c: int = 0
except TypeError as e: print(e)
try: replace(p, nope=1)
except TypeError as e: print(e)
try: fields(1)
except TypeError as e: print(e)
try: asdict(P)
except TypeError as e: print(e)
print(repr(MISSING).startswith('<dataclasses._MISSING_TYPE object'), repr(KW_ONLY).startswith('<dataclasses._KW_ONLY_TYPE object'))
print(astuple(Node(1, Node(2))), asdict(Node(1, Node(2))))
from typing import ClassVar
@dataclass
class CV:
    a: int
    count: ClassVar[int] = 0
    s: 'ClassVar[str]' = 'x'
print([f.name for f in fields(CV)], CV.__doc__)
@dataclass(eq=False)
class E: pass
print(E.__doc__, E.__eq__ is object.__eq__)
@dataclass
class D:
    x: int = field(default=1, repr=False)
    y: int = field(default=2, metadata={'unit': 'cm'})
print(D(), fields(D)[1].metadata, type(fields(D)[1].metadata).__name__)

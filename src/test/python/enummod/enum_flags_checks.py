# Flag boundaries and iteration, auto, _ignore_, member/nonmember, _order_, verify, functional API options.
from enum import *
import enum
print(sorted(n for n in enum.__all__))
class P(Flag):
    X = 1
    R = 4
    W = 2
print(list(P.R|P.X|P.W), list(P), P(3), P(5))
class Q(Flag):
    A = 1
    B = 2
    AB = 3
    C = 8
print(list(Q), Q.AB, repr(Q(11)), list(Q(11)), Q.__members__.keys(), repr(~Q.A), repr(Q(15) if False else Q(11)))
try: Q(4)
except ValueError as e: print(type(e).__name__, e)
class SF(Flag, boundary=STRICT):
    A = 1
    B = 2
try: SF(7)
except ValueError as e: print(type(e).__name__, e)
class CF(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(repr(CF(7)))
class EF(Flag, boundary=EJECT):
    A = 1
    B = 2
print(repr(EF(7)), type(EF(7)))
class KF(Flag, boundary=KEEP):
    A = 1
    B = 2
print(repr(KF(7)), KF(7), repr(~KF.A))
print(repr(Flag('Z', 'a b c')), list(Flag('Z', 'a b c')), [m.value for m in Flag('Z', 'a b c')])
class Au2(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    A = auto()
    B = auto()
print(list(Au2))
class Ign(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    A = 1
print(list(Ign), hasattr(Ign, 'tmp'))
class NM(Enum):
    A = 1
    B = nonmember(2)
    @member
    def f(): return 3
print([m.name for m in NM], NM.B, NM.f.value())
try:
    class O(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e: print(type(e).__name__, e)
print(repr(auto()), auto().value if hasattr(auto(), 'value') else '')
try: Enum('X', 'a b', start=5).__members__
except Exception as e: print(e)
print(list(Enum('X', 'a,b', start=5)), list(Enum('Y', ['a', 'b'])), list(Enum('Y2', (('a', 1),))))
print(Enum('M', 'a', module='mod').__module__, Enum('M', 'a', qualname='Q.M').__qualname__)
print(repr(IntEnum('I', 'a b').a), repr(StrEnum('SS', 'a b').b))
@verify(UNIQUE)
class V(Enum):
    A = 1
try:
    @verify(UNIQUE)
    class V2(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
try:
    @verify(CONTINUOUS)
    class V3(IntEnum):
        A = 1
        B = 3
except ValueError as e: print(e)
try:
    @verify(NAMED_FLAGS)
    class V4(Flag):
        A = 1
        B = 2
        C = 7
except ValueError as e: print(e)
print(repr(UNIQUE), repr(STRICT), str(STRICT), repr(FlagBoundary.KEEP))
class Base(Enum):
    def hello(self): return 'hi ' + self.name
class Sub(Base):
    X = 1
print(Sub.X.hello())
try:
    class BadStr(StrEnum):
        A = 1
except TypeError as e: print(e)
class IE(IntEnum):
    A = 1
    B = '2'
print(IE.B, repr(IE.B))
print(Color := Enum('Color', 'RED'), Color.RED.__reduce_ex__(4))
print(Perm := Flag('Perm', 'R W'), (Perm.R | Perm.W).value, Perm.R.__or__(1) if False else '')
try: Perm.R | 1
except TypeError as e: print(e)
print(enum.Enum.__members__, len(enum.Enum))
print(repr(IntFlag('IF', 'a b')(0)), IntFlag('IF', 'a b')(0))
print(type(Enum.__dict__.get('_missing_')).__name__)
class E3(Enum):
    name_ = 1
    value_ = 2
print(E3.name_.value)
print(isinstance(IE.A, int), IE.A.real, IE(1) is IE.A, IE['A'])
print(type(enum.property), enum.EnumMeta)
x = Q.A | Q.C
print(x.name, x.value, x._name_, repr(x), Q.A in x, Q.B in x, 1 in x if False else '')
try: Q.A in 1
except TypeError as e: print(e)
try: 1 in Q.A
except TypeError as e: print(e)

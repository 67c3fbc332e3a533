# Enum basics: members, aliases, lookups, errors, IntEnum, Flag, IntFlag, StrEnum, functional API.
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique, EnumMeta, EnumType, ReprEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.CRIMSON is Color.RED, Color(2), Color['BLUE'])
print(list(Color), len(Color), Color.__members__)
print(f"{Color.RED}", format(Color.RED), "%s" % Color.RED, str(Color.RED))
print(Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_)
print(type(Color), repr(Color), str(Color), Color.__name__, EnumMeta is EnumType)
print(isinstance(Color.RED, Color), Color.RED in Color, hash(Color.RED) == hash('RED'))
try: Color(7)
except ValueError as e: print(type(e).__name__, e)
try: Color['PINK']
except KeyError as e: print(type(e).__name__, e)
try: Color.RED = 5
except AttributeError as e: print(type(e).__name__, e)
try: del Color.RED
except AttributeError as e: print(type(e).__name__, e)
try: Color.RED < Color.GREEN
except TypeError as e: print(type(e).__name__, e)
try:
    class More(Color): PINK = 4
except TypeError as e: print(type(e).__name__, e)
print(dir(Color))
print(dir(Color.RED))
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.ONE), f"{Num.ONE}", Num.ONE + 1, Num.ONE == 1, Num(2), sorted([Num.TWO, Num.ONE]), str(Num.TWO), format(Num.TWO, '03d'))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm(0), repr(Perm(0)), list(Perm.R|Perm.X), Perm.R in (Perm.R|Perm.W), ~Perm.R, repr(~Perm.R))
print(Perm(7), repr(Perm(7)), bool(Perm(0)), (Perm.R|Perm.W).name, Perm(0).name, len(Perm.R|Perm.W))
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A|IP.B, repr(IP.A|IP.B), IP(8), repr(IP(8)), IP.A | 4, repr(IP.A|4), ~IP.A, repr(~IP.A), IP.A + 1)
class S(StrEnum):
    X = auto()
    Y = 'why'
print(S.X, repr(S.X), S.Y.upper(), f"{S.Y}")
class A(Enum):
    a = auto()
    b = auto()
    c = 10
    d = auto()
print(list(A), [m.value for m in A])
try:
    @unique
    class U(Enum):
        a = 1
        b = 1
except ValueError as e: print(type(e).__name__, e)
F = Enum('F', 'x y z')
print(list(F), F.x.value, F.__module__, F.__qualname__)
G = Enum('G', [('p', 5), ('q', 6)])
print(list(G))
H = IntEnum('H', {'a': 10, 'b': 20})
print(list(H))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.MARS.value, repr(Planet.MARS))
class Shape(Enum):
    SQUARE = 2
    def describe(self): return self.name.lower()
    @classmethod
    def default(cls): return cls.SQUARE
print(Shape.SQUARE.describe(), Shape.default())
class WithMissing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return cls.A
print(WithMissing(99))
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e: print(type(e).__name__, e)
try:
    class Bad2(Enum):
        _sunder_ = 1
except ValueError as e: print(type(e).__name__, e)
print(Color.RED.__class__, Color.__members__['CRIMSON'])
print(Perm.__members__)
class Mixed(str, Enum):
    A = 'a'
print(Mixed.A, repr(Mixed.A), Mixed.A == 'a', f"{Mixed.A}")
print([c.name for c in reversed(Color)])



# global_enum, data-type mixins with __new__, ordering, properties, IntFlag operations.
import enum, sys
from enum import Enum, IntEnum, IntFlag, Flag, global_enum, auto

@global_enum
class Mode(IntFlag):
    NONE = 0
    READ = 1
    WRITE = 2
    EXEC = 4
    _numeric_repr_ = hex
print(repr(READ), repr(READ | WRITE), repr(Mode(0)), repr(READ | 16), str(READ), str(READ | WRITE), format(READ), READ + 0)
print(list(Mode), Mode.NONE in Mode(3), bool(NONE), len(READ|WRITE|EXEC))

@global_enum
class Level(Enum):
    LOW = 1
    HIGH = 2
print(repr(LOW), str(LOW), Level(2))

class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
print(Coord.PY, Coord.PY.label, Coord(1), Coord.PX == b'\x00')

class Ordered(Enum):
    def __lt__(self, other):
        return self.value < other.value
    B = 2
    A = 1
print(sorted(Ordered), Ordered.A < Ordered.B)

d = {Level.LOW: 'low', Level.HIGH: 'high'}
print(d[Level(1)], Level.LOW in {Level.LOW}, Level.LOW.__copy__() is Level.LOW, Level.HIGH.__deepcopy__({}) is Level.HIGH)
print(Level.LOW.__reduce_ex__(2))
print(Level.LOW == 1, IntEnum('X', 'a').a == 1, Level.LOW != Level.HIGH)

class Weekday(Flag):
    MON = auto()
    TUE = auto()
    WED = auto()
    WEEKEND = 0
print([m.value for m in Weekday], Weekday.WEEKEND, repr(Weekday.WEEKEND), Weekday.MON | Weekday.WED)
print(Weekday(0) is Weekday.WEEKEND, list(Weekday(0)), Weekday.__members__.keys())

class Animal(Enum):
    CAT = 'meow'
    DOG = 'woof'
    @property
    def sound(self):
        return self.value.upper()
    def __str__(self):
        return self.name.title()
print(Animal.CAT.sound, str(Animal.DOG), f"{Animal.DOG}", repr(Animal.DOG))

try:
    Animal('moo')
except ValueError as e:
    print(e)
try:
    Mode('x')
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)

class Color(Enum):
    RED = 1
    GREEN = 2
print(Color.RED.name, Color.RED.value, Color.RED._sort_order_ if hasattr(Color.RED, '_sort_order_') else None)
try:
    Color.RED.name = 'x'
except AttributeError as e:
    print('AttributeError', e)
print(isinstance(Color, enum.EnumMeta), issubclass(Color, Enum), type(Color.RED) is Color)
print(enum.Enum.__members__, list(enum.Enum), Color.__members__['GREEN'])
print([c for c in Color if c.value > 1], max(Color, key=lambda c: c.value))
E = Enum('E', {'a': 1, 'b': 2}, type=int) if False else IntEnum('E', 'a b c', start=0)
print(list(E), E.c + 10)
class Sub(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print(list(Sub), repr(~Sub.C), repr(Sub.A ^ Sub.B ^ Sub.C), Sub.A & 3, repr(Sub(8)), Sub(7).name)
try:
    class Bad(Enum):
        def __init__(self, x):
            pass
        A = (1, 2)
except TypeError as e:
    print(e)
print(enum.STRICT, enum.KEEP, repr(enum.CONFORM))
print(Mode.__class__.__name__, repr(Mode))

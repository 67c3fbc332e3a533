# dir() of enum classes and members, docstrings and the documented internals.
from enum import *
import enum
class Color(Enum):
    RED = 1
    GREEN = 2
    def m(self): pass
    @property
    def p(self): return 1
print(dir(Color))
print(dir(Color.RED))
class Num(IntEnum):
    ONE = 1
print(dir(Num)[:20], len(dir(Num)))
print(dir(Num.ONE)[:12])
class Perm(Flag):
    R = 4
print(dir(Perm))
print(dir(Perm.R))
print(Color.__doc__, Perm.__doc__, Num.__doc__)
print(Enum.__doc__[:60])
print(Color.RED.__doc__)
print(vars(Color).keys())
print(Color._member_names_, Color._member_map_, Color._value2member_map_)
print(Perm._flag_mask_, Perm._all_bits_, Perm._boundary_)
print(enum.show_flag_values(10))

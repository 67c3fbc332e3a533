# The DeprecationWarnings enum gives in 3.11: `in` with a non-member, and auto() after a
# value it cannot increment in order.
from enum import Enum, auto


class Color(Enum):
    RED = 1


try:
    1 in Color
except TypeError as e:
    print(type(e).__name__, e)


class Au(Enum):
    A = auto()
    B = 'x'
    C = auto()


print(list(Au))

# every numeric protocol method reached through operators and builtins
import math


class V:
    def __init__(s, x): s.x = x
    def __repr__(s): return f"V({s.x})"
    def __add__(s, o): return V(s.x + (o.x if isinstance(o, V) else o))
    def __radd__(s, o): return V(o + s.x)
    def __iadd__(s, o): s.x += 100; return s
    def __matmul__(s, o): return 'matmul'
    def __rmatmul__(s, o): return 'rmatmul'
    def __pow__(s, o, m=None): return ('pow', o, m)
    def __rpow__(s, o): return ('rpow', o)
    def __divmod__(s, o): return 'dm'
    def __rdivmod__(s, o): return 'rdm'
    def __neg__(s): return 'neg'
    def __pos__(s): return 'pos'
    def __invert__(s): return 'inv'
    def __abs__(s): return 'abs'
    def __index__(s): return 3
    def __round__(s, n=None): return ('round', n)
    def __trunc__(s): return 7
    def __floor__(s): return 'floor'
    def __ceil__(s): return 'ceil'
    def __complex__(s): return 1j
    def __float__(s): return 2.5
    def __int__(s): return 9
    def __lshift__(s, o): return 'lsh'
    def __rrshift__(s, o): return 'rrsh'
    def __ixor__(s, o): return 'ixor'


v = V(1)
print(v + 1, 1 + v, v + v, v @ 1, 1 @ v, pow(v, 2), pow(v, 2, 5), 2 ** v, divmod(v, 1), divmod(1, v))
print(-v, +v, ~v, abs(v), round(v), round(v, 2))
print(math.trunc(v), math.floor(v), math.ceil(v), complex(v), float(v), int(v), v << 1, 1 >> v)
print([1, 2, 3, 4][v], bin(v), hex(v), oct(v), 'ab' * v, range(10)[v], v.__index__())
w = v
w += 1
print(w, w is v)
w ^= 1
print(w)

# NotImplemented from every side gives CPython's TypeError; reflected methods of subclasses go first
class N:
    def __add__(s, o): return NotImplemented


for expr in ("N() + N()", "N() < N()", "-N()", "N() @ 1", "1 ** N()", "pow(1, 2, N())", "N() >> 1", "~N()"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
try:
    x = N()
    x += 1
except TypeError as e:
    print("+= ->", e)


class Sub(int):
    def __radd__(s, o): return 'sub radd'


print(1 + Sub(2), Sub(2) + 1)


class Cmp:
    def __init__(s, v): s.v = v
    def __eq__(s, o): print('eq', s.v); return NotImplemented
    def __lt__(s, o): print('lt', s.v); return NotImplemented
    def __gt__(s, o): print('gt', s.v); return True


print(Cmp(1) == Cmp(2))
print(Cmp(1) != Cmp(2))
print(Cmp(1) < Cmp(2))


class Eq:
    def __eq__(s, o): return 'yes'


print(Eq() == 1, Eq() != 1, 1 == Eq(), object.__ne__(1, 2))

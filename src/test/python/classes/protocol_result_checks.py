# protocol methods whose results CPython checks: __hash__, __bool__, __len__, __index__, __str__, __repr__, __iter__
class H:
    def __eq__(s, o): return True


print(H.__hash__, H() == 1)
try:
    hash(H())
except TypeError as e:
    print(e)


class B:
    def __bool__(s): return 1


class L:
    def __len__(s): return -1


class L2:
    def __len__(s): return 0


class L3:
    def __len__(s): return 2 ** 70


class BadStr:
    def __str__(s): return 5


class BadRepr:
    def __repr__(s): return 5


class BadIdx:
    def __index__(s): return 1.5


class BadIter:
    def __iter__(s): return 5


print(bool(L2()), not L2())
for f in (lambda: bool(B()), lambda: len(L()), lambda: len(L3()), lambda: str(BadStr()),
          lambda: repr(BadRepr()), lambda: [1][BadIdx()], lambda: [1][str(1)], lambda: iter(BadIter())):
    try:
        f()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

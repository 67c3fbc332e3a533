# The operator functions raise what the operators raise, plus their own argument errors.
import operator

def check(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(operator.lt, 1)
check(operator.not_)
check(operator.add, 1, 2, 3)
check(operator.truth, 1, 2)
check(operator.lt, a=1, b=2)
check(operator.length_hint)
check(operator.length_hint, [], 1, 2)
check(operator.length_hint, [], "x")
check(operator.call)
check(operator.countOf, [1])
check(operator.setitem, {}, 1)
check(operator.lt, 1, "a")
check(operator.ge, None, None)
check(operator.add, 1, "a")
check(operator.add, [1], (2,))
check(operator.mul, "a", 1.5)
check(operator.pow, "a", 2)
check(operator.ipow, "a", 2)
check(operator.iadd, 1, "a")
check(operator.matmul, 1, 2)
check(operator.imatmul, 1, 2)
check(operator.neg, "a")
check(operator.invert, 1.5)
check(operator.abs, "a")
check(operator.index, 1.5)
check(operator.index, "3")
check(operator.truediv, 1, 0)
check(operator.floordiv, 1, 0)
check(operator.mod, 1, 0)
check(operator.concat, 1, 2)
check(operator.concat, {}, {})
check(operator.iconcat, 1, 2)
check(operator.contains, 1, 1)
check(operator.countOf, 1, 1)
check(operator.indexOf, [1], 2)
check(operator.indexOf, 3, 2)
check(operator.getitem, 1, 0)
check(operator.getitem, [], 0)
check(operator.getitem, {}, "k")
check(operator.setitem, (), 0, 1)
check(operator.delitem, (1,), 0)
check(operator.delitem, {}, 1)

class H:
    def __init__(self, h): self.h = h
    def __length_hint__(self): return self.h
check(operator.length_hint, H(-1))
check(operator.length_hint, H("x"))
check(operator.length_hint, H(2.0))
class R:
    def __length_hint__(self): raise RuntimeError("boom")
check(operator.length_hint, R())

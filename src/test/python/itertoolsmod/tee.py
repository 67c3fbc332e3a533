# tee: independent iterators over one source, _tee objects and their copies.
import itertools
from itertools import tee

a, b = tee(iter([1, 2, 3]))
print(type(a), next(a), list(b), list(a))
print(tee([1], 0), len(tee("abc", 5)), [list(t) for t in tee("abc", 3)])
src = iter(range(5))
x, y = tee(src)
print(next(x), next(x), next(src), list(y), list(x))  # the source must not be used after tee

a, b = tee("xyz")
c = a.__copy__()
print(next(a), next(c), list(b), list(a), list(c))
a, b = tee("pq")
a2, a3 = tee(a)  # a _tee is copied, not wrapped again
print(type(a2), list(a2), list(a3), list(a), list(b))
t = itertools._tee([1, 2])
print(list(t), list(itertools._tee(iter("ab"))))

# lazy: items are read from the source only when some copy asks
log = []
def gen():
    for i in range(3):
        log.append(i)
        yield i
p, q = tee(gen())
print(log, next(p), log, next(q), log, list(p), list(q), log)

# re-entering from inside the source is an error
def reenter():
    yield 1
    yield next(t1)
t1, t2 = tee(reenter())
print(next(t1))
try:
    next(t1)
except RuntimeError as e:
    print("RuntimeError:", e)

def check(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
check(tee)
check(tee, [1], -1)
check(tee, [1], "a")
check(tee, 1)
check(tee, [1], 2, 3)
check(tee, [1], n=2)
check(itertools._tee, 1)
print(tee, itertools._tee)

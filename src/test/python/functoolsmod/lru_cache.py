# lru_cache and cache: hits, misses, eviction order, typed keys, decorator forms.
import functools
from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print([fib(n) for n in range(16)])
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.cache_parameters())

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(1), sq(2), sq(1), sq(3), sq(2), sq(1))
print(calls, sq.cache_info())

@lru_cache
def bare(x):
    "a bare decorator"
    return [x]
print(bare(1) is bare(1), bare.cache_info(), bare.__name__, bare.__doc__, bare.__wrapped__(1))
print(bare.cache_parameters())

@lru_cache()
def empty_parens(x):
    return x
empty_parens(1); empty_parens(1)
print(empty_parens.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    calls.append(("nocache", x))
    return x
nocache(1); nocache(1)
print(nocache.cache_info(), calls[-2:])

@lru_cache(maxsize=-5)
def negative(x):
    return x
negative(1)
print(negative.cache_info(), negative.cache_parameters())

@lru_cache(typed=True)
def typed(x):
    calls.append(("typed", x, type(x).__name__))
    return x
typed(1); typed(1.0); typed(True); typed(1)
print(typed.cache_info(), typed.cache_parameters())

@lru_cache
def untyped(x):
    return x
print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())

@lru_cache(maxsize=32)
def kw(a, b=0, *, c=0):
    return a + b + c
print(kw(1, 2), kw(1, b=2), kw(b=2, a=1), kw(1, 2), kw(1, c=3), kw.cache_info())

# unhashable arguments raise TypeError before the call
try:
    kw([1])
except TypeError as e:
    print("TypeError:", e)

# the wrapper binds as a method
class Calc:
    def __init__(self, k):
        self.k = k
    @lru_cache(maxsize=None)
    def times(self, x):
        return self.k * x
    def __hash__(self):
        return self.k
    def __eq__(self, other):
        return self.k == other.k
a = Calc(3)
print(a.times(2), a.times(2), Calc.times(a, 2), Calc.times.cache_info())

# exceptions are not cached
n = [0]
@lru_cache
def flaky(x):
    n[0] += 1
    if n[0] == 1:
        raise ValueError("first time")
    return x
try:
    flaky(1)
except ValueError as e:
    print("ValueError:", e)
print(flaky(1), flaky(1), flaky.cache_info())

@cache
def factorial(n):
    return n * factorial(n - 1) if n else 1
print(factorial(10), factorial.cache_info(), factorial(5), factorial(12), factorial.cache_info())
print(factorial.cache_parameters())

info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info), type(info).__name__,
      isinstance(info, tuple), len(info), info == (0, 0, None, 0))
print(type(fib).__name__, type(fib).__module__, functools._lru_cache_wrapper is type(fib))

def check(fn, *a, **k):
    try:
        print(repr(fn(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
check(lru_cache, "a")
check(lru_cache, 1.5)
check(lru_cache(1), 1)
check(cache, 1)
check(cache)

# LRU order: a hit makes an entry the most recent
order = []
@lru_cache(maxsize=3)
def g(x):
    order.append(x)
    return x
for x in [1, 2, 3, 1, 4, 2, 1, 3]:
    g(x)
print(order, g.cache_info())

# itertools types are classes: subclassable, lazy, usable with the other builtins.
import itertools
from itertools import chain, count, islice

class MyChain(chain):
    def __init__(self, *args):
        self.note = "made"
x = MyChain([1], [2])
x.extra = 5
print(list(x), x.note, x.extra, type(x).__name__, isinstance(x, chain))

class Evens(count):
    def __next__(self):
        v = super().__next__()
        return v * 2
print(list(islice(Evens(), 4)))

print([n for n in dir(itertools) if not n.startswith("_")])
for n in dir(itertools):
    if not n.startswith("_"):
        t = getattr(itertools, n)
        print(n, type(t).__name__, getattr(t, "__module__", None))

# laziness: nothing runs until iterated
def noisy(tag, n):
    for i in range(n):
        print("  read", tag, i)
        yield i
z = itertools.zip_longest(noisy("a", 2), noisy("b", 1))
print("zip_longest made")
print(next(z))
print(list(z))
m = itertools.starmap(lambda a, b: a + b, zip(noisy("c", 2), noisy("d", 2)))
print("starmap made")
print(list(m))
it = iter(itertools.accumulate(noisy("e", 3)))
print("accumulate made", next(it))
# Subclasses with an __init__ of their own may take keywords the base constructor refuses.
import itertools as it  # (again, for the subclass keyword cases)
class MyChain(it.chain):
    def __init__(self, *args, tag=None):
        self.tag = tag
c = MyChain([1], [2], tag="t"); print(list(c), c.tag)
class Plain(it.chain): pass
try: Plain([1], x=1)
except TypeError as e: print("TypeError", e)
class C2(it.cycle):
    def __init__(self, it, n=0): self.n = n
print(next(C2("ab", n=3)))
class D(it.dropwhile):
    def __init__(self, *a, **k): pass
print(list(D(lambda x: x < 2, [1,2,3], flag=1)))
class D2(it.dropwhile): pass
try: D2(lambda x: x, [], flag=1)
except TypeError as e: print("TypeError", e)
class S(it.islice):
    def __init__(self, *a, **k): pass
print(list(S("abcdef", 2, 4, k=1)))

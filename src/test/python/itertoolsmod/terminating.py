# accumulate, chain, compress, dropwhile, takewhile, filterfalse, pairwise, starmap, zip_longest.
import itertools
import operator
from itertools import (accumulate, chain, compress, dropwhile, takewhile, filterfalse, pairwise,
                       starmap, zip_longest)

print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)), list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=1)), list(accumulate([])), list(accumulate("abc")))
print(list(accumulate([1, 2, 3], func=None, initial=None)), list(accumulate(iterable=[5, 5])))
cashflows = [1000, -90, -90, -90, -90]
print([round(x, 2) for x in accumulate(cashflows, lambda bal, pmt: bal * 1.05 + pmt)])

print(list(chain("abc", "def")), list(chain()), list(chain([], (1,), range(2))))
print(list(chain.from_iterable(["ab", "cd"])), list(chain.from_iterable(iter([[1], [], [2, 3]]))))
ch = chain(1)  # lazy: nothing is iterated yet
try:
    next(ch)
except TypeError as e:
    print("TypeError:", e)
print(chain[int], type(chain[int]))

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("ABC", [1, 1, 1, 1, 1])),
      list(compress(data=range(10), selectors=[0, 1] * 5)))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))
it = iter(range(10))
print(list(takewhile(lambda x: x < 3, it)), next(it))  # takewhile consumed the first failing item

print(list(pairwise("ABCDEFG")), list(pairwise("a")), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: a, ["ab", [1]])))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest("ab")))
print(list(zip_longest([1], [2, 3], [4, 5, 6])))
z = zip_longest([1], [2, 3])
print(list(z), list(z))

def check(f, *a, **k):
    try:
        print(repr(list(f(*a, **k))))
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(accumulate)
check(accumulate, 1)
check(accumulate, [1], None, 5)
check(accumulate, [1], x=5)
check(accumulate, [1, 2], 1)
check(accumulate, [1, "a"])
check(chain, x=1)
check(chain.from_iterable)
check(chain.from_iterable, 1)
check(chain.from_iterable, [1])
check(compress, [1])
check(compress, 1, [1])
check(compress, [1], [1], [1])
check(dropwhile, 1)
check(dropwhile, 1, [1])
check(dropwhile, None, [1], x=1)
check(takewhile)
check(filterfalse, None)
check(filterfalse, len, 5)
check(pairwise)
check(pairwise, 1)
check(starmap, 1)
check(starmap, pow, [1])
check(starmap, pow, [(1,)])
check(zip_longest, 1)
check(zip_longest, [1], x=2)
check(zip_longest, [1], fillvalue=1, x=2)
for name in ["accumulate", "chain", "compress", "dropwhile", "takewhile", "filterfalse", "pairwise",
             "starmap", "zip_longest"]:
    print(getattr(itertools, name))

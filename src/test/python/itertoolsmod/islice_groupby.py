# islice argument forms and errors; groupby and its shared-iterator groups.
import sys
from itertools import islice, groupby, count

print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)),
      list(islice("ABCDEFG", 0, None, 2)), list(islice("ABCDEFG", None)), list(islice("AB", None, None, None)))
print(list(islice(count(), 5, 20, 5)), list(islice(range(10), sys.maxsize)), list(islice(range(3), 10)))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 8, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 0)), next(it))
it = iter(range(3))
s = islice(it, 5)
print(list(s), list(s))

class Idx:
    def __index__(self): return 2
print(list(islice("abcdef", Idx(), None, Idx())))

def check(*a, **k):
    try:
        print(repr(list(islice(*a, **k))))
    except Exception as e:
        print(type(e).__name__ + ":", e)

check([1])
check([1], -1)
check([1], -5)
check([1], "a")
check([1], 1.5)
check([1], 2**70)
check([1], sys.maxsize + 1)
check([1], 1, -1)
check([1], 1, -5)
check([1], -1, 5)
check([1], "x", 3)
check([1], 1, "x")
check([1], "a", "b")
check([1], 1, 2, 0)
check([1], 1, 2, -1)
check([1], 1, 2, "a")
check([1], -1, 5, 0)
check([1], 1, 5, sys.maxsize + 1)
check([1], 1, 2, 3, 4)
check([1], stop=1)
check(1, 5)

print([k for k, g in groupby("AAAABBBCCDAABBB")])
print([list(g) for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby(["a", "B", "b", "A", "c"], str.lower)], list(groupby([])))

# a group shares the groupby's iterator: advancing the groupby ends the previous group
g = groupby("aabbbc")
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2))
k3, g3 = next(g)
print(k3, list(g3), list(g3))
try:
    next(g)
except StopIteration:
    print("done")
groups = list(groupby("aab"))
print([(k, list(g)) for k, g in groups])
g = groupby([1, 1, 2])
k, grp = next(g)
print(type(grp), type(grp).__name__, next(grp), next(grp))
print(next(g)[0])

# keys are compared with ==, and the key function is called once per item
calls = []
def key(x):
    calls.append(x)
    return x % 2
print([(k, list(v)) for k, v in groupby([1, 3, 2, 4, 5], key)], calls)
print([(k, list(v)) for k, v in groupby([1, 1.0, True, 2])])

def check2(*a, **k):
    try:
        print(repr(list(groupby(*a, **k))))
    except Exception as e:
        print(type(e).__name__ + ":", e)
check2()
check2(1)
check2([], None, 3)
check2([1], x=1)
print(list(groupby([1], key=None))[0][0], islice, groupby)

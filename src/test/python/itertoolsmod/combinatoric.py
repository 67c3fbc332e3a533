# product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ABCD", "xy")), list(product(range(2), repeat=3)))
print(list(product()), list(product("ab", repeat=0)), list(product("ab", [])), list(product([], repeat=0)))
print(list(product("ab", "c", repeat=2)))
print(list(permutations("ABCD", 2)), list(permutations(range(3))))
print(list(permutations([1, 2, 3], 4)), list(permutations([])), list(permutations("ab", 0)), list(permutations("abc", None)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)))
print(list(combinations("ab", 3)), list(combinations("ab", 0)), list(combinations([], 0)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement("", 2)),
      list(combinations_with_replacement("", 0)), list(combinations_with_replacement("ab", 3)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))),
      len(list(combinations_with_replacement(range(5), 3))), len(list(product(range(4), repeat=4))))
print(sorted(permutations(range(5))) == list(permutations(range(5))))

# the pools are read once, up front
it = iter("abc")
p = product(it, repeat=2)
print(list(it), len(list(p)))
print(list(combinations(iterable=[1, 2, 3], r=2)), list(permutations(iterable="ab", r=1)))

def check(f, *a, **k):
    try:
        print(repr(list(f(*a, **k))))
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(product, 1)
check(product, [1], repeat=-1)
check(product, [1], repeat="a")
check(product, [1], x=1)
check(permutations)
check(permutations, [1], -1)
check(permutations, [1], "a")
check(permutations, [1], 2.0)
check(permutations, [1], 1, 2)
check(permutations, 1)
check(combinations, [1])
check(combinations, [1], -1)
check(combinations, [1], "a")
check(combinations, 1, 1)
check(combinations_with_replacement, [1])
check(combinations_with_replacement, [1], -1)
check(combinations_with_replacement, [1], x=1)
print(product, permutations, combinations, combinations_with_replacement)

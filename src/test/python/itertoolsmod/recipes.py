# The itertools recipes from the docs, built from the module's pieces.
import operator
from itertools import (accumulate, chain, combinations, compress, count, cycle, filterfalse,
                       groupby, islice, repeat, starmap, tee, zip_longest, product, pairwise)

def take(n, iterable):
    return list(islice(iterable, n))

def prepend(value, iterator):
    return chain([value], iterator)

def tabulate(function, start=0):
    return map(function, count(start))

def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)

def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)

def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))

def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))

def dotproduct(vec1, vec2):
    return sum(map(operator.mul, vec1, vec2))

def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)

def repeatfunc(func, times=None, *args):
    if times is None:
        return starmap(func, repeat(args))
    return starmap(func, repeat(args, times))

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for next_ in nexts:
                yield next_()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))

def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def unique_everseen(iterable, key=None):
    seen = set()
    if key is None:
        for element in filterfalse(seen.__contains__, iterable):
            seen.add(element)
            yield element
    else:
        for element in iterable:
            k = key(element)
            if k not in seen:
                seen.add(k)
                yield element

def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))

def iter_except(func, exception, first=None):
    try:
        if first is not None:
            yield first()
        while True:
            yield func()
    except exception:
        pass

def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)

def nth_combination(iterable, r, index):
    pool = tuple(iterable)
    n = len(pool)
    c = 1
    k = min(r, n - r)
    for i in range(1, k + 1):
        c = c * (n - k + i) // i
    if index < 0:
        index += c
    if index < 0 or index >= c:
        raise IndexError
    result = []
    while r:
        c, n, r = c * r // n, n - 1, r - 1
        while index >= c:
            index -= c
            c, n = c * (n - r) // n, n - 1
        result.append(pool[-1 - n])
    return tuple(result)

def running_mean(values):
    return [t / i for i, t in enumerate(accumulate(values), 1)]

print(take(3, count(7)), list(prepend(0, [1, 2])), take(4, tabulate(lambda x: x * x, 1)))
print(nth(range(10), 3), nth(range(3), 5, "dflt"), all_equal("aaa"), all_equal("aab"), all_equal(""))
print(quantify([1, 0, 3, 0]), quantify(range(10), lambda x: x % 3 == 0), list(ncycles("ab", 3)))
print(dotproduct([1, 2, 3], [4, 5, 6]), list(flatten([[1, 2], [], [3]])), take(3, repeatfunc(pow, None, 2, 3)))
print(list(repeatfunc(lambda: "x", 2)), list(grouper("ABCDEFG", 3, "x")))
print(list(roundrobin("ABC", "D", "EF")))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.lower)))
stack = [1, 2, 3]
print(list(iter_except(stack.pop, IndexError)), list(iter_except(lambda: 1 / 0, ZeroDivisionError, lambda: "first")))
print(first_true([0, None, 5, 7]), first_true([], "none"), first_true(range(10), pred=lambda x: x > 4))
print([nth_combination(range(6), 3, i) for i in (0, 5, 19, -1)] == [list(combinations(range(6), 3))[i] for i in (0, 5, 19, -1)])
print(running_mean([10, 20, 30, 40]))
print(list(compress(count(), map(lambda c: c == "x", "axbxxc"))), list(pairwise(accumulate(range(5)))))
print(sum(1 for _ in product(range(3), repeat=5)))

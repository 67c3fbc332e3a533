# The docs' "roughly equivalent to" generators give the same items as the real types.
import itertools
import operator

def accumulate(iterable, func=operator.add, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = func(total, element)
        yield total

def chain(*iterables):
    for it in iterables:
        for element in it:
            yield element

def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)

def dropwhile(predicate, iterable):
    iterable = iter(iterable)
    for x in iterable:
        if not predicate(x):
            yield x
            break
    for x in iterable:
        yield x

def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x

class groupby:
    def __init__(self, iterable, key=None):
        if key is None:
            key = lambda x: x
        self.keyfunc = key
        self.it = iter(iterable)
        self.tgtkey = self.currkey = self.currvalue = object()
    def __iter__(self):
        return self
    def __next__(self):
        self.id = object()
        while self.currkey == self.tgtkey:
            self.currvalue = next(self.it)
            self.currkey = self.keyfunc(self.currvalue)
        self.tgtkey = self.currkey
        return (self.currkey, self._grouper(self.tgtkey, self.id))
    def _grouper(self, tgtkey, id):
        while self.id is id and self.currkey == tgtkey:
            yield self.currvalue
            try:
                self.currvalue = next(self.it)
            except StopIteration:
                return
            self.currkey = self.keyfunc(self.currvalue)

def islice(iterable, *args):
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, s.step or 1
    it = iter(range(start, stop, step)) if stop is not None else itertools.count(start, step)
    try:
        nexti = next(it)
    except StopIteration:
        for i, element in zip(range(start), iterable):
            pass
        return
    try:
        for i, element in enumerate(iterable):
            if i == nexti:
                yield element
                nexti = next(it)
    except StopIteration:
        for i, element in zip(range(i + 1, stop), iterable):
            pass

def pairwise(iterable):
    a, b = itertools.tee(iterable)
    next(b, None)
    return zip(a, b)

def starmap(function, iterable):
    for args in iterable:
        yield function(*args)

def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break

def zip_longest(*args, fillvalue=None):
    iterators = [iter(it) for it in args]
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = itertools.repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)

def product(*args, repeat=1):
    pools = [tuple(pool) for pool in args] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)

def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    for indices in product(range(n), repeat=r):
        if len(set(indices)) == r:
            yield tuple(pool[i] for i in indices)

def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    for indices in permutations(range(n), r):
        if sorted(indices) == list(indices):
            yield tuple(pool[i] for i in indices)

def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    for indices in product(range(n), repeat=r):
        if sorted(indices) == list(indices):
            yield tuple(pool[i] for i in indices)

def tee(iterable, n=2):
    it = iter(iterable)
    deques = [[] for i in range(n)]
    def gen(mydeque):
        while True:
            if not mydeque:
                try:
                    newval = next(it)
                except StopIteration:
                    return
                for d in deques:
                    d.append(newval)
            yield mydeque.pop(0)
    return tuple(gen(d) for d in deques)

def same(name, mine, real):
    a, b = list(mine), list(real)
    print(name, "same" if a == b else "DIFFERENT", a if len(a) < 8 else len(a))

data = [3, 4, 6, 2, 1, 9, 0, 7, 5, 8]
same("accumulate", accumulate(data), itertools.accumulate(data))
same("accumulate max", accumulate(data, max), itertools.accumulate(data, max))
same("accumulate initial", accumulate(data, initial=100), itertools.accumulate(data, initial=100))
same("accumulate empty", accumulate([], initial=1), itertools.accumulate([], initial=1))
same("chain", chain("ab", [], "cde"), itertools.chain("ab", [], "cde"))
same("compress", compress("ABCDEF", [1, 0, 1, 0, 1, 1]), itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1]))
same("dropwhile", dropwhile(lambda x: x < 5, data), itertools.dropwhile(lambda x: x < 5, data))
same("filterfalse", filterfalse(lambda x: x % 2, data), itertools.filterfalse(lambda x: x % 2, data))
same("takewhile", takewhile(lambda x: x > 2, data), itertools.takewhile(lambda x: x > 2, data))
same("starmap", starmap(pow, [(2, 5), (3, 2)]), itertools.starmap(pow, [(2, 5), (3, 2)]))
same("pairwise", pairwise("ABCDEFG"), itertools.pairwise("ABCDEFG"))
same("zip_longest", zip_longest("ABCD", "xy", fillvalue="-"), itertools.zip_longest("ABCD", "xy", fillvalue="-"))
for args in [(2,), (2, 4), (2, None), (0, None, 2), (1, 9, 3), (None,)]:
    same("islice %r" % (args,), islice("ABCDEFGHIJ", *args), itertools.islice("ABCDEFGHIJ", *args))
for s in ["AAAABBBCCDAABBB", "", "abc"]:
    same("groupby keys", (k for k, g in groupby(s)), (k for k, g in itertools.groupby(s)))
    same("groupby groups", (list(g) for k, g in groupby(s)), (list(g) for k, g in itertools.groupby(s)))
for r in range(5):
    same("product r=%d" % r, product("ab", range(2), repeat=r), itertools.product("ab", range(2), repeat=r))
    same("permutations r=%d" % r, permutations("abcd", r), itertools.permutations("abcd", r))
    same("combinations r=%d" % r, combinations("abcd", r), itertools.combinations("abcd", r))
    same("cwr r=%d" % r, combinations_with_replacement("abc", r), itertools.combinations_with_replacement("abc", r))
same("permutations all", permutations(range(4)), itertools.permutations(range(4)))
same("tee", (list(t) for t in tee("abc", 3)), (list(t) for t in itertools.tee("abc", 3)))

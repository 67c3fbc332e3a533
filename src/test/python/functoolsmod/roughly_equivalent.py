# The docs' pure-Python equivalents of partial and reduce agree with the real ones, and
# the docs' examples for lru_cache, cached_property and singledispatch run as shown.
import functools

def partial(func, /, *args, **keywords):
    def newfunc(*fargs, **fkeywords):
        newkeywords = {**keywords, **fkeywords}
        return func(*args, *fargs, **newkeywords)
    newfunc.func = func
    newfunc.args = args
    newfunc.keywords = keywords
    return newfunc

def reduce(function, iterable, initializer=None):
    it = iter(iterable)
    if initializer is None:
        value = next(it)
    else:
        value = initializer
    for element in it:
        value = function(value, element)
    return value

def show(*a, **k):
    return a, sorted(k.items())

for args, kw, cargs, ckw in [((), {}, (1,), {}), ((1, 2), {"a": 1}, (3,), {"a": 2, "b": 3}),
                             ((), {"x": 0}, (), {})]:
    mine = partial(show, *args, **kw)
    real = functools.partial(show, *args, **kw)
    print(mine(*cargs, **ckw) == real(*cargs, **ckw), real(*cargs, **ckw), mine.args == real.args,
          mine.keywords == real.keywords)

for seq, init in [([1, 2, 3, 4], None), ([[1], [2]], [0]), (["a", "b"], "z")]:
    add = lambda x, y: x + y
    print(reduce(add, seq, init) == (functools.reduce(add, seq, init) if init is not None
                                     else functools.reduce(add, seq)), reduce(add, seq, init))

@functools.lru_cache(maxsize=32)
def get_pep(num):
    "Retrieve text of a Python Enhancement Proposal"
    return "PEP %d" % num

for n in 8, 290, 308, 320, 8, 218, 320, 279, 289, 320, 9991:
    pep = get_pep(n)
    print(n, len(pep))
print(get_pep.cache_info())

@functools.lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(n) for n in range(16)])
print(fib.cache_info())

class DataSet:
    def __init__(self, sequence_of_numbers):
        self._data = tuple(sequence_of_numbers)
    @functools.cached_property
    def stdev(self):
        n = len(self._data)
        mean = sum(self._data) / n
        return (sum((x - mean) ** 2 for x in self._data) / (n - 1)) ** 0.5
print(round(DataSet([2, 4, 4, 4, 5, 5, 7, 9]).stdev, 6))

@functools.singledispatch
def fun(arg, verbose=False):
    if verbose:
        print("Let me just say,", end=" ")
    print(arg)

@fun.register
def _(arg: int, verbose=False):
    if verbose:
        print("Strength in numbers, eh?", end=" ")
    print(arg)

@fun.register
def _(arg: list, verbose=False):
    if verbose:
        print("Enumerate this:")
    for i, elem in enumerate(arg):
        print(i, elem)

@fun.register(complex)
def _(arg, verbose=False):
    if verbose:
        print("Better than complicated.", end=" ")
    print(arg.real, arg.imag)

def nothing(arg, verbose=False):
    print("Nothing.")
fun.register(type(None), nothing)

@fun.register(float)
@fun.register(bytes)
def fun_num(arg, verbose=False):
    if verbose:
        print("Half of your number:", end=" ")
    print(arg / 2 if isinstance(arg, float) else arg)

fun("Hello, world.")
fun("test.", verbose=True)
fun(42, verbose=True)
fun(["spam", "spam", "eggs", "spam"], verbose=True)
fun(None)
fun(1.23)
fun(2 + 3j, verbose=True)
print(fun_num is fun)
print(fun.dispatch(float) is fun_num, fun.dispatch(dict) is fun.registry[object])

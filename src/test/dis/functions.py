# Function definitions: parameters, defaults, annotations, docstrings, closures, generators.
def simple(a, b):
    return a + b


def params(p, /, q: int, r=1, *args: str, s, t=2, **kw: float) -> bool:
    "A docstring is consts[0]."
    return p


def defaults(a=[], b=x + 1, *, c=None, d=len(y)):
    pass


def closure(n):
    count = 0

    def inc(step=1):
        nonlocal count
        count += step * n
        return count

    return inc


def globals_used():
    global total
    total = helper(total)
    del total


def generator(items):
    yield
    received = yield 1
    yield from items
    return received


def deleting(x):
    y = x
    del y
    return x


def cell_param(x):
    def g():
        return x
    x = 2
    return g


make = lambda a, *b, c=3, **d: (a, b, c, d)
gen_lambda = lambda: (yield)

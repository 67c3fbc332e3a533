def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed


inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))


def apply_n(fn, n, x):
    for _ in range(n):
        x = fn(x)
    return x


print(apply_n(dbl, 10, 1))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda s: len(s) > 1, ["a", "bb", "ccc"])))
print(sorted(["banana", "Apple", "cherry"], key=str.lower))
print(max(["aa", "b", "cccc"], key=len), min([3, -5, 2], key=abs))


def curry(f):
    def a(x):
        def b(y):
            return f(x, y)
        return b
    return a


print(curry(pow)(2)(8))


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), len(fib.cache))

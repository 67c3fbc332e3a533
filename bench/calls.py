"""Calls and closures.

Many small calls of every shape: positional, keyword, defaults, *args and
**kwargs, closures reading and rebinding (nonlocal) outer variables, nested
function definitions created in a loop, lambdas, bound methods taken once and
called many times, staticmethod/classmethod, __call__, and calls through
higher-order helpers (map, sorted key).
"""

import sys


def add(a, b):
    return a + b


def scale(x, factor=3, offset=1):
    return x * factor + offset


def clamp(x, lo=0, hi=1000):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


def mix(a, b, c=7, *rest, **opts):
    total = a * c + b
    for r in rest:
        total += r
    if opts:
        total += opts.get("bias", 0)
    return total


def make_counter(start):
    count = start

    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


def make_adder(n):
    return lambda x: x + n


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def make_poly(coeffs):
    def evaluate(x):
        acc = 0
        for c in coeffs:
            acc = acc * x + c
        return acc
    return evaluate


class Accumulator:
    def __init__(self, modulus):
        self.value = 0
        self.modulus = modulus

    def feed(self, x):
        self.value = (self.value * 31 + x) % self.modulus
        return self

    def feed_kw(self, x, weight=1):
        self.value = (self.value + x * weight) % self.modulus

    @staticmethod
    def square(x):
        return x * x

    @classmethod
    def create(cls, modulus):
        return cls(modulus)

    def __call__(self, x):
        return (x ^ self.value) & 0xFFFF


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def section_plain(n):
    t = 0
    for i in range(n):
        t = add(t, scale(i))
        t = add(t, scale(i, 2))
        t = add(t, scale(i, offset=5))
        t = add(t, scale(x=i, factor=1, offset=0))
        t = clamp(t % 5000, hi=4000)
    return t


def section_varargs(n):
    t = 0
    for i in range(n):
        t += mix(i, 2)
        t += mix(i, 2, 3, 4, 5)
        t += mix(i, b=1, c=2)
        t += mix(i, 1, 1, bias=i & 7)
        args = (i, 3)
        kw = {"c": 5}
        t += mix(*args, **kw)
        t %= 1000003
    return t


def section_closures(n):
    bump = make_counter(10)
    add5 = make_adder(5)
    twice = compose(add5, add5)
    poly = make_poly([3, 0, 2, 1])
    t = 0
    for i in range(n):
        t += bump()
        t += bump(step=2)
        t += twice(i)
        t += poly(i & 15)
        t %= 1000003
    # freshly created closures in a loop
    fs = []
    for i in range(64):
        def f(x, i=i):
            return x * i
        fs.append(f)
    for j in range(n // 64):
        for f in fs:
            t = (t + f(j)) % 1000003
    return t


def section_methods(n):
    acc = Accumulator.create(1000000007)
    feed = acc.feed
    sq = Accumulator.square
    t = 0
    for i in range(n):
        feed(i)
        acc.feed(sq(i & 255)).feed_kw(i, weight=3)
        t = (t + acc(i)) & 0xFFFFFF
    return t, acc.value


def section_higher_order(n):
    data = [(i * 7919) % 1009 for i in range(n)]
    keyf = lambda v: (v % 17, -v)
    s = sorted(data, key=keyf)
    mapped = list(map(lambda v: v * 2 + 1, s))
    filtered = list(filter(lambda v: v % 3 == 0, mapped))
    return sum(filtered) + s[0] + s[-1]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
    a = section_plain(n)
    b = section_varargs(n)
    c = section_closures(n)
    d, e = section_methods(n)
    f = section_higher_order(n)
    g = fib(27)
    print("plain=%d varargs=%d closures=%d methods=%d/%d higher=%d fib=%d" % (a, b, c, d, e, f, g))
    print("checksum %d" % ((a + b * 3 + c * 5 + d * 7 + e * 11 + f * 13 + g * 17) % 1000000007))


main()

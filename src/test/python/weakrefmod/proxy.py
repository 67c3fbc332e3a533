# weakref.proxy: forwards attributes, operators, items, iteration and calls
import gc
import weakref


def norm(s):
    # addresses differ from run to run: show them as 0xADDR
    out, i = [], 0
    while i < len(s):
        if s.startswith("0x", i):
            j = i + 2
            while j < len(s) and s[j] in "0123456789abcdef":
                j += 1
            out.append("0xADDR")
            i = j
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return self.v + o

    def __radd__(self, o):
        return o + self.v

    def __sub__(self, o):
        return self.v - o

    def __mul__(self, o):
        return self.v * o

    def __neg__(self):
        return -self.v

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 2

    def __setitem__(self, i, v):
        print("setitem", i, v)

    def __delitem__(self, i):
        print("delitem", i)

    def __iter__(self):
        return iter([1, 2])

    def __contains__(self, x):
        return x == 7

    def __lt__(self, o):
        return self.v < o

    def __eq__(self, o):
        return self.v == o

    __hash__ = object.__hash__

    def __str__(self):
        return "N(%d)" % self.v

    def __bool__(self):
        return self.v != 0

    def method(self, x):
        return self.v + x

    def __call__(self, *args, **kw):
        return ("called", args, kw)


class Plain:
    pass


n = N(4)
q = weakref.proxy(n)
print(type(q), weakref.proxy(n) is q, q.__class__ is N)
print(q + 1, 1 + q, q - 1, q * 2, -q, len(q), q[5], list(q), 7 in q, 8 in q, q < 5, q == 4, str(q), bool(q))
print(q.v, q.method(10), q(1, a=2))
print(isinstance(q, N), "method" in dir(q), q.__dict__ == {"v": 4})
q.w = 5
print(n.w)
del q.w
print(hasattr(n, "w"))
q[1] = 2
del q[3]
p2 = weakref.proxy(n)
print(p2 is q, q == p2)
try:
    hash(q)
except TypeError as e:
    print("TypeError:", e)
pl = Plain()
pp = weakref.proxy(pl)
print(type(pp), weakref.ProxyTypes)
try:
    pp()
except TypeError as e:
    print("TypeError:", e)
print(norm(repr(pp)).replace("0xADDR to Plain", "0xADDR to Plain"))
print(type(weakref.proxy(len)), weakref.proxy(len)("abc"))
q += 1
print(q, type(q))

# once the object is gone: ReferenceError
def cb(p):
    print("proxy callback", type(p).__name__)
pc = weakref.proxy(pl, cb)
del pl
gc.collect()
for f in [lambda: pp.x, lambda: str(pp), lambda: bool(pp), lambda: pp + 1, lambda: len(pp)]:
    try:
        f()
    except ReferenceError as e:
        print("ReferenceError:", e)
try:
    pp.x = 1
except ReferenceError as e:
    print("ReferenceError:", e)

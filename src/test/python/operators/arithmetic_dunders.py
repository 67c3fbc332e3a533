class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "V(%r)" % (self.n,)


OPS = [
    ("add", "+"), ("sub", "-"), ("mul", "*"), ("truediv", "/"), ("floordiv", "//"),
    ("mod", "%"), ("pow", "**"), ("matmul", "@"), ("lshift", "<<"), ("rshift", ">>"),
    ("and", "&"), ("or", "|"), ("xor", "^"),
]


def make(name, sym):
    def fwd(self, other):
        return "%r %s %r via __%s__" % (self, sym, other, name)

    def rev(self, other):
        return "%r %s %r via __r%s__" % (other, sym, self, name)
    return fwd, rev


for name, sym in OPS:
    fwd, rev = make(name, sym)
    setattr(V, "__%s__" % name, fwd)
    setattr(V, "__r%s__" % name, rev)

a = V(1)
print(a + 2)
print(a - 2)
print(a * 2)
print(a / 2)
print(a // 2)
print(a % 2)
print(a ** 2)
print(a @ 2)
print(a << 2)
print(a >> 2)
print(a & 2)
print(a | 2)
print(a ^ 2)
print(2 + a)
print(2 - a)
print(2 * a)
print(2 / a)
print(2 // a)
print(2 % a)
print(2 ** a)
print(2 @ a)
print(2 << a)
print(2 >> a)
print(2 & a)
print(2 | a)
print(2 ^ a)
print(pow(a, 3))
print(pow(3, a))

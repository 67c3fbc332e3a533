y = 100
f = lambda x: x + y
print(f(1))
y = 200
print(f(1))


def make():
    z = 5
    return lambda: z * 2


print(make()())
g = lambda: (lambda: y)()
print(g())


class C:
    k = 3
    m = lambda self: self.k
    n = (lambda k=k: k)()


print(C().m(), C.n)
print([(lambda v: v * 2)(v) for v in range(3)])

def g():
    a = (yield 1) + 10
    print("a =", a)
    b = [(yield 2), (yield 3)]
    print("b =", b)
    c = yield
    print("c =", c)
    d = f"{(yield 'fmt')}!"
    print("d =", d)
    print("arg:", (yield "arg"))


gen = g()
print(next(gen))
print(gen.send(5))
print(gen.send("x"))
print(gen.send("y"))
print(gen.send("z"))
print(gen.send("w"))
try:
    gen.send("last")
except StopIteration:
    print("done")


class CM:
    def __enter__(self):
        print("enter")

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)


def with_yield():
    with CM():
        yield "in with"


for v in with_yield():
    print(v)

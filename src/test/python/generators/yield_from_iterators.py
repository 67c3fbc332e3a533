class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration("becomes the yield from value")
        self.i += 1
        return self.i


def delegate():
    result = yield from Counter(2)
    print("result", repr(result))


print(list(delegate()))


def delegate_send():
    yield from iter([1, 2])


g = delegate_send()
next(g)
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)


def delegate_throw():
    yield from iter([1, 2])


g = delegate_throw()
next(g)
try:
    g.throw(ValueError("through list iterator"))
except ValueError as e:
    print("ValueError:", e)


def delegate_gen_send():
    def inner():
        got = yield "first"
        yield "inner got " + str(got)
    yield from inner()


g = delegate_gen_send()
print(next(g), "|", g.send(99))
try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print(e)

def gen():
    yield 1
    return {"result": True}


g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)


def gen_none():
    yield 1


g = gen_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)


def gen_tuple():
    return (1, 2)
    yield


try:
    next(gen_tuple())
except StopIteration as e:
    print(e.value, e.args)
e = StopIteration(5, 6)
print(e.value, e.args, str(e))
print(StopIteration().value, repr(StopIteration("x")))


def gen_si():
    return StopIteration("wrapped")
    yield


try:
    next(gen_si())
except StopIteration as e:
    print(repr(e.value))

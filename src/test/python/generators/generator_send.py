def echo():
    received = None
    while True:
        received = yield received
        print("got", received)


g = echo()
print(g.send(None))
print(g.send("hello"))
print(g.send(42))
print(next(g))


def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count


a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
fresh = echo()
try:
    fresh.send("too early")
except TypeError as e:
    print(e)


def yield_expression_value():
    x = yield 1
    y = yield x
    return x, y


g = yield_expression_value()
print(next(g), g.send("a"))
try:
    g.send("b")
except StopIteration as e:
    print("returned", e.value)

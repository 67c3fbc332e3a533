def gen():
    while True:
        try:
            yield "normal"
        except ValueError as e:
            print("caught inside:", e)
            yield "recovered"


g = gen()
print(next(g))
print(g.throw(ValueError("oops")))
print(next(g))
try:
    g.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated:", repr(e))
try:
    next(g)
except StopIteration:
    print("generator is finished")


def unstarted():
    print("never runs")
    yield 1


u = unstarted()
try:
    u.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted throw:", e)


def catch_and_return():
    try:
        yield 1
    except TypeError:
        return "returned from handler"


c = catch_and_return()
next(c)
try:
    c.throw(TypeError)
except StopIteration as e:
    print("StopIteration value:", e.value)
g2 = gen()
next(g2)
print(g2.throw(ValueError))

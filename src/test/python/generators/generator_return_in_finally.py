def g1():
    try:
        yield 1
    finally:
        return "from finally"


g = g1()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
g = g1()
next(g)
print("close result", g.close())


def g2():
    try:
        yield 1
    finally:
        print("finally on throw")


g = g2()
next(g)
try:
    g.throw(IndexError("idx"))
except IndexError as e:
    print("rethrown", e)


def g3():
    for i in range(3):
        try:
            yield i
        finally:
            print("iteration", i, "finally")


print(list(g3()))

def inner():
    print("inner start")
    while True:
        try:
            x = yield
            print("inner got", x)
            if x == "stop":
                return "inner done"
        except ValueError as e:
            print("inner caught", e)
        finally:
            pass


def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "outer after"


g = outer()
next(g)
g.send(1)
g.send("two")
g.throw(ValueError("thrown through"))
print(g.send("stop"))


def inner2():
    try:
        yield 1
        yield 2
    finally:
        print("inner2 finally")


def outer2():
    try:
        yield from inner2()
    finally:
        print("outer2 finally")


g = outer2()
next(g)
g.close()


def inner3():
    yield 1


def outer3():
    try:
        yield from inner3()
    except KeyError as e:
        print("outer3 handled", repr(e))
        yield "after handling"


g = outer3()
next(g)
print(g.throw(KeyError("k")))

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


g = gen()
print(next(g))
g.close()
print("closed")
g.close()
try:
    next(g)
except StopIteration:
    print("StopIteration after close")


def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise


g = catches_exit()
next(g)
g.close()


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "bad"


g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"


g = returns_on_exit()
next(g)
print(g.close())
unstarted = gen()
unstarted.close()
print("closing unstarted generator runs no finally")

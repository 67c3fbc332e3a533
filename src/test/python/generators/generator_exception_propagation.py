def failing():
    yield 1
    raise ValueError("from generator")


g = failing()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
try:
    next(g)
except StopIteration:
    print("generator exhausted after exception")


def wrapper():
    try:
        yield from failing()
    except ValueError as e:
        print("wrapper caught", e)
        yield "fallback"


print(list(wrapper()))


def in_finally():
    try:
        yield 1
    finally:
        print("finally sees no exception")


for x in in_finally():
    print(x)


def context_during_yield():
    try:
        raise KeyError("ctx")
    except KeyError:
        yield "inside handler"
        raise ValueError("after yield")


g = context_during_yield()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))

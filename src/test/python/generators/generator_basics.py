def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")


g = count_up(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print("created, not started")
print(next(g))
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(count_up(0)))
print(iter(g) is g)


def early_return():
    yield 1
    return
    yield 2


print(list(early_return()))


def yields_none():
    yield


print(list(yields_none()))

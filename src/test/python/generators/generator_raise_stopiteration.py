def bad():
    yield 1
    raise StopIteration("explicit")


g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))


def bad_next():
    it = iter([])
    yield next(it)


try:
    list(bad_next())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


def good():
    it = iter([1])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return


print(list(good()))
try:
    list(x for x in [1] if next(iter([])))
except RuntimeError as e:
    print("genexp:", e)

def inner():
    yield 1
    yield 2
    return "inner result"


def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 3
    return "outer result"


g = outer()
print(list(g))
g = outer()
for v in g:
    print("v", v)


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(2), (x * x for x in range(3)))))


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))


def delegate_to_empty():
    r = yield from []
    print("empty delegation result", r)
    yield "done"


print(list(delegate_to_empty()))


def get_value():
    x = yield from outer()
    yield x


print(list(get_value()))

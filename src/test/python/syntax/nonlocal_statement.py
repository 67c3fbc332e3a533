def outer():
    x = 1

    def inner():
        nonlocal x
        x += 1
        return x
    inner()
    inner()
    return x


print(outer())


def counter():
    count = 0

    def incr():
        nonlocal count
        count += 1
        return count
    return incr


c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())


def three_levels():
    v = "a"

    def mid():
        def deep():
            nonlocal v
            v += "c"
        nonlocal v
        v += "b"
        deep()
    mid()
    return v


print(three_levels())


def multiple():
    a = b = 0

    def set_both():
        nonlocal a, b
        a, b = 10, 20
    set_both()
    return a, b


print(multiple())

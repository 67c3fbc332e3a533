def a():
    x = 0

    def b():
        nonlocal x
        x += 1

        def c():
            nonlocal x
            x += 10

            def d():
                nonlocal x
                x += 100
            d()
        c()
    b()
    b()
    return x


print(a())


def skip_level():
    v = "outer"

    def middle():
        def inner():
            nonlocal v
            v = "set from inner"
        inner()
    middle()
    return v


print(skip_level())


def nearest_binding():
    v = "outermost"

    def middle():
        v = "middle"

        def inner():
            nonlocal v
            v = "inner wrote middle"
        inner()
        return v
    return middle(), v


print(nearest_binding())


def nonlocal_param(p):
    def change():
        nonlocal p
        p = p * 2
    change()
    change()
    return p


print(nonlocal_param(3))

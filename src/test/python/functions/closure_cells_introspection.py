def outer(a, b):
    c = a + b

    def inner():
        return a, c
    return inner


f = outer(1, 2)
print(f.__code__.co_freevars)
print([cell.cell_contents for cell in f.__closure__])
print(outer.__code__.co_cellvars)


def no_closure():
    return 1


print(no_closure.__closure__)


def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n
    return inc


c = counter()
c()
c()
print(c.__closure__[0].cell_contents)
c.__closure__[0].cell_contents = 100
print(c())


def unbound():
    def inner():
        return later
    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    later = 5
    return cell.cell_contents


print(unbound())

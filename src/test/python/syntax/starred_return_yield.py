def f():
    rest = [2, 3]
    return 1, *rest


print(f())


def g():
    a = (1, 2)
    yield *a, 3
    yield 0, *a


print(list(g()))


def h(*args):
    return [*args, *args]


print(h(1, 2))
x = [1, 2]
for item in *x, 3:
    print(item)
s = {*x, 5}
print(sorted(s))
print(len([*range(100)]), [*"", *()])

def f(a, *, key, flag=False):
    return a, key, flag


print(f(1, key="k"))
print(f(1, flag=True, key="k"))


def g(*args, sep=" ", end="!"):
    return sep.join(map(str, args)) + end


print(g(1, 2, 3))
print(g(1, 2, sep="-", end="?"))


def h(*, only):
    return only


print(h(only=5))
try:
    f(1, "k")
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
try:
    h()
except TypeError as e:
    print(e)
try:
    h(1)
except TypeError as e:
    print(e)


def many(*, a, b, c):
    pass


try:
    many()
except TypeError as e:
    print(e)
try:
    many(b=1)
except TypeError as e:
    print(e)

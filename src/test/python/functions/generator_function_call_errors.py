def gen(a, b):
    yield a + b


try:
    gen(1)
except TypeError as e:
    print("at call time:", e)
g = gen(1, 2)
print(next(g))


class WithInit:
    def __init__(self, a, *, b):
        pass


try:
    WithInit()
except TypeError as e:
    print(e)
try:
    WithInit(1, 2)
except TypeError as e:
    print(e)
try:
    WithInit(1, b=2, c=3)
except TypeError as e:
    print(e)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)

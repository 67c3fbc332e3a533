def plain_deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


def copying_deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = fn.__qualname__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper


@plain_deco
def one():
    """doc one"""
    return 1


@copying_deco
def two():
    """doc two"""
    return 2


print(one.__name__, one.__qualname__, one.__doc__, one())
print(two.__name__, two.__qualname__, two.__doc__, two(), two.__wrapped__.__name__)


class Deco:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)


@Deco
def square(x):
    return x * x


print(square(3), square(4), square.calls, type(square).__name__)

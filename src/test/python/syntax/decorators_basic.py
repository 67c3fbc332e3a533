def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, sorted(kwargs.items()))
        result = fn(*args, **kwargs)
        print("result", result)
        return result
    return wrapper


@trace
def add(a, b=10):
    return a + b


add(1, 2)
add(5)
add(1, b=3)


def tag(name):
    def deco(fn):
        fn.tag = name
        return fn
    return deco


@tag("first")
@tag("second")
def f():
    return "f"


print(f.tag, f())

order = []


def mark(n):
    order.append("make %d" % n)

    def deco(fn):
        order.append("apply %d" % n)
        return fn
    return deco


@mark(1)
@mark(2)
@mark(3)
def g():
    pass


print(order)

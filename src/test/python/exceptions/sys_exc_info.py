import sys

print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, tb.tb_lineno)
    print(sys.exception() is v if hasattr(sys, "exception") else "no sys.exception")
print("after handler:", sys.exc_info())
try:
    raise KeyError("outer")
except KeyError:
    try:
        raise TypeError("inner")
    except TypeError:
        print("nested:", sys.exc_info()[0].__name__)
    print("restored:", sys.exc_info()[0].__name__)


def show():
    return sys.exc_info()[1]


try:
    raise IndexError("seen by callee")
except IndexError:
    print("callee sees:", repr(show()))
try:
    try:
        raise OSError("x")
    finally:
        print("in finally:", sys.exc_info()[0].__name__)
except OSError:
    pass


def gen():
    yield sys.exc_info()[0]


try:
    raise ZeroDivisionError
except ZeroDivisionError:
    g = gen()
    print("generator sees:", next(g).__name__)

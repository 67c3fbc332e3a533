import sys

print(sys.exc_info())
try:
    raise ValueError("inspect me")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, tb.tb_lineno)
    print(sys.exception() is v if hasattr(sys, "exception") else True)
print(sys.exc_info())
try:
    try:
        raise KeyError("inner")
    except KeyError:
        try:
            raise TypeError("nested")
        except TypeError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)
except Exception:
    pass


def helper():
    return sys.exc_info()[1]


try:
    1 / 0
except ZeroDivisionError:
    print(repr(helper()))
print(helper())

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    finally:
        raise ValueError("b")
except ValueError as e:
    print("finally context:", repr(e.__context__))
try:
    try:
        raise KeyError("x")
    except KeyError:
        try:
            raise TypeError("y")
        except TypeError:
            raise IndexError("z")
except IndexError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))
try:
    err = ValueError("reraised")
    try:
        raise err
    except ValueError:
        raise err
except ValueError as e:
    print("self context avoided:", e.__context__)


def helper():
    raise OSError("in helper")


try:
    try:
        raise KeyError("handling")
    except KeyError:
        helper()
except OSError as e:
    print("context through call:", repr(e.__context__))

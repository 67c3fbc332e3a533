def risky(n):
    try:
        if n == 0:
            raise ValueError("zero")
        return 10 / n
    except ValueError:
        return 1 / n


for n in (2, 0):
    try:
        print(risky(n))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, "| context:", repr(e.__context__))
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise
    finally:
        print("finally after re-raise")
except KeyError:
    print("caught re-raised")
try:
    try:
        raise ValueError("body")
    except ValueError:
        pass
    finally:
        raise TypeError("finally raises")
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))

class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("__exit__", exc_type.__name__ if exc_type else None, repr(exc))
        return exc_type is not None and issubclass(exc_type, self.types)


with Suppress(ValueError):
    raise ValueError("suppressed")
print("continued after suppression")
try:
    with Suppress(ValueError):
        raise TypeError("not suppressed")
except TypeError as e:
    print("propagated", e)
with Suppress(ValueError):
    print("no exception")


class Truthy:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        return "non-empty string is truthy"


with Truthy():
    raise KeyError("gone")
print("truthy return suppresses")


class RaisesInExit:
    def __enter__(self):
        pass

    def __exit__(self, et, ev, tb):
        raise RuntimeError("from exit")


try:
    with RaisesInExit():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))


def returns_in_with():
    with Suppress():
        return "returned"


print(returns_in_with())
for i in range(3):
    with Suppress():
        if i == 1:
            continue
        print("loop body", i)
try:
    with Suppress(ZeroDivisionError) as s1, Suppress(KeyError) as s2:
        1 / 0
except Exception:
    print("not reached")
print("inner passes ZeroDivisionError to outer which suppresses")

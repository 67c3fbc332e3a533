# The contextlib-based aliases, and the full __all__ (97 names in CPython 3.11).
import typing


def e(f):
    """Print what calling f gives: its repr, or the exception."""
    try:
        r = f()
        print("OK", repr(r))
    except Exception as x:
        print(type(x).__name__, x)


e(lambda: typing.ContextManager)
e(lambda: typing.ContextManager[int])
e(lambda: typing.AsyncContextManager)
e(lambda: typing.AsyncContextManager[int])
e(lambda: typing.AsyncContextManager.__origin__)
e(lambda: len(typing.__all__))
e(lambda: sorted(typing.__all__))

# @contextmanager: enter/exit, exceptions thrown into the generator, the RuntimeErrors.
from contextlib import contextmanager, ContextDecorator

@contextmanager
def tag(name):
    "Wrap output in a tag."
    print("<%s>" % name)
    yield name.upper()
    print("</%s>" % name)

with tag("h1") as t:
    print("body", t)
print(tag.__name__, tag.__doc__, tag("x").__doc__, type(tag("x")).__name__)

@contextmanager
def handler(swallow):
    try:
        yield
    except ValueError as e:
        print("generator saw", repr(e))
        if not swallow:
            raise
    finally:
        print("cleanup")

with handler(True):
    raise ValueError("swallowed")
print("after swallowed")
try:
    with handler(False):
        raise ValueError("passed on")
except ValueError as e:
    print("caught", e)
try:
    with handler(True):
        raise KeyError("not handled")
except KeyError as e:
    print("caught KeyError", e)

@contextmanager
def replacer():
    try:
        yield
    except ZeroDivisionError as e:
        raise TypeError("replaced") from e
try:
    with replacer():
        1 / 0
except TypeError as e:
    print("TypeError", e, type(e.__cause__).__name__)

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, e.__cause__, e.__suppress_context__)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def yield_after_throw():
    try:
        yield
    except ValueError:
        yield "again"
try:
    with yield_after_throw():
        raise ValueError("x")
except RuntimeError as e:
    print("RuntimeError:", e)

# StopIteration raised in the with block passes through unchanged
@contextmanager
def plain():
    yield
try:
    with plain():
        raise StopIteration("stop!")
except StopIteration as e:
    print("StopIteration passed:", e)

# a StopIteration the generator catches and swallows is suppressed
@contextmanager
def eats_stop():
    try:
        yield
    except StopIteration:
        pass
with eats_stop():
    raise StopIteration("eaten")
print("after eaten")

# RuntimeError from the block is re-raised as the same object
err = RuntimeError("mine")
try:
    with plain():
        raise err
except RuntimeError as e:
    print("same object:", e is err)

# the generator raising StopIteration itself is a RuntimeError (PEP 479)
@contextmanager
def raises_stop():
    yield
    raise StopIteration("inner")
try:
    with raises_stop():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

# exit called with a type only
cm = plain()
cm.__enter__()
print(cm.__exit__(KeyError, None, None) is False or "suppressed")

# used as a decorator, a fresh generator each call
@tag("p")
def para(x):
    print("para", x)
    return x * 2
print(para(1), para(2))

class mycontext(ContextDecorator):
    def __enter__(self):
        print("Starting")
        return self
    def __exit__(self, *exc):
        print("Finishing", exc[0].__name__ if exc[0] else None)
        return False

@mycontext()
def function():
    print("The bit in the middle")
function()
with mycontext():
    print("in with")
@mycontext()
def failing():
    raise IndexError("i")
try:
    failing()
except IndexError:
    print("IndexError propagated")
print(function.__name__)

# the manager object is one-shot
cm = tag("once")
with cm:
    pass
try:
    with cm:
        pass
except AttributeError as e:
    print("AttributeError on reuse")

# ExitStack: enter_context, push, callback, pop_all, close and exception chaining.
import sys
from contextlib import ExitStack, contextmanager, suppress

@contextmanager
def named(name):
    print("enter", name)
    try:
        yield name
    finally:
        print("exit", name)

with ExitStack() as stack:
    names = [stack.enter_context(named(n)) for n in "abc"]
    print("inside", names)
print("after")

def cb(*args, **kwds):
    print("callback", args, kwds)
with ExitStack() as stack:
    r = stack.callback(cb, 1, k=2)
    print(r is cb, stack._exit_callbacks[-1][1].__wrapped__ is cb)
    stack.callback(cb)

# push: an __exit__-style callable or an object with __exit__
def exit_cb(exc_type, exc, tb):
    print("exit_cb got", exc_type.__name__ if exc_type else None)
    return True
class Obj:
    def __exit__(self, *exc):
        print("Obj.__exit__", exc[0].__name__ if exc[0] else None)
        return False
    def __enter__(self):
        return self
with ExitStack() as stack:
    print(stack.push(exit_cb) is exit_cb)
    o = Obj()
    print(stack.push(o) is o)
    raise ValueError("suppressed by exit_cb")
print("after suppression")

# pop_all transfers the callbacks
with ExitStack() as stack:
    stack.callback(print, "deferred")
    moved = stack.pop_all()
print("stack closed, nothing printed")
moved.close()
moved.close()

# callbacks run LIFO; a raising callback replaces the exception, with context set
def raiser(exc):
    def f(*a):
        raise exc
    return f
try:
    with ExitStack() as stack:
        stack.callback(raiser(KeyError("first pushed")))
        stack.callback(raiser(IndexError("second pushed")))
        raise ValueError("body")
except KeyError as e:
    print("got", repr(e))
    print("context", repr(e.__context__), "context2", repr(e.__context__.__context__))
    print(e.__context__.__context__.__context__)

# an exception from a callback when there was none in the body
try:
    with ExitStack() as stack:
        stack.callback(raiser(OSError("only")))
        stack.callback(print, "runs first")
except OSError as e:
    print("got", repr(e), e.__context__)

# a later callback can suppress what an earlier one raised
with ExitStack() as stack:
    stack.push(lambda *exc: print("suppressing", repr(exc[1])) or True)
    stack.callback(raiser(RuntimeError("from callback")))
print("suppressed callback exception")

# context chaining inside an except block: the handled exception stays at the end
try:
    try:
        raise NameError("outer handled")
    except NameError:
        with ExitStack() as stack:
            stack.callback(raiser(ZeroDivisionError("cb")))
            raise TypeError("body in handler")
except ZeroDivisionError as e:
    c = e.__context__
    print(repr(e), repr(c), repr(c.__context__))

# enter_context errors and results
stack = ExitStack()
for bad in [1, object(), Obj]:
    try:
        stack.enter_context(bad)
    except TypeError as e:
        print("TypeError:", e)
print(stack.enter_context(Obj()).__class__.__name__)
stack.close()
with ExitStack() as s2:
    print(s2.enter_context(suppress(ValueError)))
    raise ValueError("suppressed through enter_context")
print("done")

# exit returns whether the body's exception was suppressed
s3 = ExitStack()
s3.push(lambda *a: True)
print(s3.__exit__(ValueError, ValueError("x"), None))
s4 = ExitStack()
s4.push(lambda *a: True)
print(s4.__exit__(None, None, None))
try:
    ExitStack().callback()
except TypeError as e:
    print("TypeError")

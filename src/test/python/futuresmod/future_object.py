# concurrent.futures.Future on its own: states, reprs, results, exceptions, callbacks.
import concurrent.futures as cf
from concurrent.futures import Future


def state(f):
    return repr(f).split(' state=')[1]


f = Future()
print(repr(f).split(' at ')[0], state(f), f.done(), f.running(), f.cancelled())
print(f.cancel(), f.cancelled(), f.done(), state(f), f.cancel())
try:
    f.result()
except cf.CancelledError as e:
    print(type(e).__name__, repr(e), [c.__name__ for c in cf.CancelledError.__mro__])
try:
    f.exception()
except cf.CancelledError as e:
    print('exception() raised', type(e).__name__)

f = Future()
f.set_result(5)
print(state(f), f.result(), f.exception(), f.done(), f.cancel())
f = Future()
f.set_exception(ValueError('bad'))
print(state(f), repr(f.exception()))
try:
    f.result()
except ValueError as e:
    print('result() raised', repr(e))
for setter in (f.set_result, f.set_exception):
    try:
        setter(1)
    except cf.InvalidStateError as e:
        print(type(e).__name__, str(e).split(' at ')[0], state(f))

f = Future()
for call in (f.result, f.exception):
    try:
        call(timeout=0.01)
    except TimeoutError as e:
        print(call.__name__, type(e).__name__, repr(e), cf.TimeoutError is TimeoutError)
print(f.set_running_or_notify_cancel(), f.running(), f.cancel(), state(f))
f.add_done_callback(lambda fut: print('callback 1 sees', fut.result()))
f.add_done_callback(lambda fut: print('callback 2 sees', fut.done()))
f.set_result([1, 2])
print(state(f))
f.add_done_callback(lambda fut: print('late callback runs at once', fut.result()))

g = Future()
g.cancel()
print(g.set_running_or_notify_cancel(), state(g))
print(cf.ALL_COMPLETED, cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION)
print(Future[int], issubclass(cf.BrokenExecutor, RuntimeError), issubclass(cf.InvalidStateError, cf._base.Error))
print(cf.wait([]), list(cf.as_completed([])))
done, not_done = cf.wait([f, g])
print(len(done), len(not_done))

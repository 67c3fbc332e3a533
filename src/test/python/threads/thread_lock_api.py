import _thread

l = _thread.allocate_lock()
print(type(l).__name__, _thread.LockType is type(l), l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
for args in [(False, 1), (True, -2)]:
    try:
        l.acquire(*args)
    except ValueError as e:
        print("ValueError", e)
l.release()
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError", e)
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
print(_thread.TIMEOUT_MAX, _thread.error is RuntimeError, _thread._count(), _thread.stack_size())
print(repr(l).split(" at")[0], repr(r).split(" owner")[0])
with l:
    print(l.locked())
print(l.locked())
for bad in [(1, ()), (print, [])]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError", e)
print(l.acquire_lock(), l.locked_lock(), l.release_lock())
print(isinstance(_thread.get_ident(), int), _thread.get_ident() == _thread.get_ident())

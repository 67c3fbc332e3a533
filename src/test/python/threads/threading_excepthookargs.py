# threading.ExceptHookArgs is _thread._ExceptHookArgs, a struct sequence: a tuple of
# (exc_type, exc_value, exc_traceback, thread) whose items also have names. The hook gets
# one; threading.excepthook accepts nothing else. _thread.start_new is start_new_thread's
# old name.
import _thread
import io
import sys
import threading

E = threading.ExceptHookArgs
print(E, E is _thread._ExceptHookArgs, E.__module__, E.__name__, E.__mro__)
print(E.n_fields, E.n_sequence_fields, E.n_unnamed_fields, E.__match_args__)
a = E((KeyError, KeyError("k"), None, None))
print(a)
print(len(a), a[0], a.exc_value, a.exc_traceback, a.thread, a[-1], a[1:3])
exc_type, exc_value, tb, thread = a
print(exc_type, repr(exc_value), tb, thread, a == (KeyError, a[1], None, None))
print(a.__reduce__()[0] is E, a.__reduce__()[1][1])
print(E[int], E[int].__origin__ is E)

for args in [((1, 2),), (), (1, 2, 3, 4), ((1, 2, 3, 4, 5),), (5,)]:
    try:
        E(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    a.thread = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Sub(E):
        pass
except TypeError as e:
    print("TypeError:", e)

# what the hook receives
got = []
threading.excepthook = lambda args: got.append((type(args) is E, len(args), args.exc_type.__name__,
                                                args.thread.name, args[3] is args.thread))
t = threading.Thread(target=lambda: 1 / 0, name="Worker")
t.start()
t.join()
print(got)
threading.excepthook = threading.__excepthook__

# the default hook takes ExceptHookArgs only
for bad in [123, (ValueError, ValueError("x"), None, None)]:
    try:
        threading.excepthook(bad)
    except TypeError as e:
        print("TypeError:", e)
old, sys.stderr = sys.stderr, io.StringIO()
try:
    threading.excepthook(E((SystemExit, SystemExit(2), None, None)))
    threading.excepthook(E((ValueError, ValueError("shown"), None, t)))
    text = sys.stderr.getvalue()
finally:
    sys.stderr = old
print(repr(text))

# _thread.start_new, the old name
done = threading.Event()
print(_thread.start_new.__name__, type(_thread.start_new(done.set, ())) is int, done.wait(10))
for args in [(), (1, ()), (print, 1)]:
    try:
        _thread.start_new(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    _thread.start_new(print, (), x=1)
except TypeError as e:
    print("TypeError:", e)

# the default hook with odd arguments: a value that is not an exception, a thread
# without a name (the current thread's ident is shown), a name that is not a str
class Named:
    name = 5


class Nameless:
    pass


class Failing:
    @property
    def name(self):
        raise KeyError("boom")


for args in [(ValueError, 3, None, None), (None, None, None, Named()), (KeyError, KeyError("k"), None, Nameless()),
             (KeyError, KeyError("k"), None, Failing()), (SystemExit, None, None, None)]:
    old, sys.stderr = sys.stderr, io.StringIO()
    try:
        threading.excepthook(E(args))
    except KeyError as e:
        print("KeyError:", e)
    finally:
        text, sys.stderr = sys.stderr.getvalue(), old
    print(repr(text.replace(str(threading.get_ident()), "IDENT")))
old, sys.stderr = sys.stderr, None
threading.excepthook(E((KeyError, KeyError("k"), None, None)))
sys.stderr = old
print("nothing written without sys.stderr")

# signal.setitimer/getitimer: argument errors and signal.ItimerError.
import signal

E = signal.ItimerError
print(E, E.__name__, E.__module__, E.__mro__[1:], issubclass(E, OSError))
cases = [(99, 1), (-1, 1), (3, 0), (0, -1), (0, 1, -1), (1, -0.5), (2, 0, -3),
         (0, 'x'), ('x', 1), (0, 1, 'x'), (0,), (), (0, 1, 2, 3), (0, 1e20), (0, float('nan')),
         (0, float('inf')), (1.5, 1), (0, 2 ** 70), (0, None)]
for args in cases:
    try:
        print(args, signal.setitimer(*args))
    except Exception as e:
        print(args, type(e).__name__, e, getattr(e, "errno", None))
    signal.setitimer(signal.ITIMER_REAL, 0)
for args in [(99,), (-1,), ('x',), (), (0, 1), (1.0,)]:
    try:
        print(args, signal.getitimer(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    signal.setitimer(signal.ITIMER_REAL, 1, interval=2)
except TypeError as e:
    print("TypeError")
print(signal.setitimer(signal.ITIMER_REAL, -1e-10))   # rounds up to 0: disarmed, no error
try:
    raise E(22, "Invalid argument")
except OSError as e:
    print(repr(e), e.errno, e.strerror)
print(signal.setitimer.__doc__.splitlines()[0])
print(signal.getitimer.__doc__)

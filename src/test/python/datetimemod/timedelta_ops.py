from datetime import timedelta
import datetime

def show(*a):
    print(*[repr(x) for x in a])

td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5, milliseconds=6, weeks=1)
show(td, str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
for args in [(), (0,), (1,), (-1,), (0, -1), (0, 0, -1), (1.5,), (0, 1.5), (0, 0, 0.4999), (0, 0, 0.5), (0, 0, 1.5), (0, 0, -0.5), (0, 0, -1.5),
             (2, 86400 * 3 + 7, 10 ** 6 * 5 + 3), (-2, -7, -3), (0, 0, 0, 1.25), (0, 0, 0, 0, 1.1), (0, 0, 0, 0, 0, 0.1), (0, 0, 0, 0, 0, 0, 0.01),
             (1e-6,), (999999999,), (-999999999,), (1 / 3,), (0, 1 / 3), (0, 0, 1 / 3)]:
    t = timedelta(*args)
    print(args, repr(t), str(t), t.total_seconds(), bool(t))
for kw in [dict(hours=-1), dict(minutes=90), dict(seconds=-86401), dict(milliseconds=-1), dict(weeks=-0.5), dict(days=-0.000001)]:
    t = timedelta(**kw)
    print(kw, repr(t), str(t))

a = timedelta(hours=5, microseconds=7)
b = timedelta(minutes=7, seconds=3)
show(a + b, a - b, b - a, -a, +a, abs(-a), abs(a))
show(a * 3, 3 * a, a * -2, a * 0.5, 0.5 * a, a * 1.1, a * 0, a * 1e-9, timedelta(microseconds=1) * 0.5, timedelta(microseconds=3) * 0.5)
show(a / 2, a / 3, a / 0.7, a / -4, a / b, b / a, a // b, a // 3, a // -3, a % b, divmod(a, b), divmod(-a, b))
show(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(microseconds=-5) / 2, timedelta(microseconds=-7) / 2)
show(a == timedelta(hours=5, microseconds=7), a != b, a < b, a > b, a <= a, a >= b, a == 5, a != 'x')
show(hash(a) == hash(timedelta(seconds=18000, microseconds=7)), hash(timedelta(0)) == hash(timedelta()))
show(timedelta.min, timedelta.max, timedelta.resolution, str(timedelta.min), str(timedelta.max))
show(timedelta(days=1) * 1.5, timedelta(days=1) / 7)
for bad in [lambda: timedelta.max + timedelta.resolution, lambda: timedelta.min - timedelta.resolution, lambda: timedelta.max * 2,
            lambda: timedelta(1) / 0, lambda: timedelta(1) / 0.0, lambda: timedelta(1) // 0, lambda: timedelta(1) / timedelta(0),
            lambda: timedelta(1) // timedelta(0), lambda: timedelta(1) % timedelta(0), lambda: timedelta(days=1e10),
            lambda: timedelta(seconds='1'), lambda: timedelta(microseconds=None), lambda: timedelta(hours=[]),
            lambda: timedelta(1) < 1, lambda: timedelta(1) + 1, lambda: 1 - timedelta(1), lambda: timedelta(1) * 'a', lambda: timedelta(1) // 1.5]:
    try:
        print(repr(bad()))
    except (OverflowError, ZeroDivisionError, TypeError, ValueError) as e:
        print(type(e).__name__, str(e).replace("'datetime.timedelta'", "'timedelta'"))
print(sorted([timedelta(3), timedelta(-1), timedelta(0, 5), timedelta(0, 0, 1)]))
print({timedelta(1): 'a', timedelta(hours=24): 'b'})
class TD(timedelta):
    def extra(self):
        return 'extra'
t = TD(hours=1)
print(repr(t), t.extra(), type(t + t).__name__, type(t * 2).__name__, type(-t).__name__, isinstance(t, timedelta))
print(timedelta.__module__, timedelta.__name__, datetime.MINYEAR, datetime.MAXYEAR)
print(a.__reduce__())
names = ['days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks']
for i, a in enumerate(names):
    for b in names[i + 1:]:
        try: timedelta(**{a: 'x', b: []})
        except TypeError as e: print(a, b, e)

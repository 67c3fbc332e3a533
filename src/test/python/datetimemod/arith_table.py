# A table of pseudo-random dates and durations through arithmetic, formatting and ISO round trips.
from datetime import *
st = [12345]
def rnd(n):
    st[0] = (st[0] * 1103515245 + 12345) % 2147483648
    return (st[0] >> 4) % n
out = []
for i in range(400):
    d = datetime(1 + rnd(9999), 1 + rnd(12), 1 + rnd(28), rnd(24), rnd(60), rnd(60), rnd(1000000))
    td = timedelta(days=rnd(2000) - 1000, seconds=rnd(200000) - 100000, microseconds=rnd(3000000) - 1500000)
    f = (rnd(100000) - 50000) / (1 + rnd(999))
    k = rnd(200) - 100 or 7
    r = []
    for fn in (lambda: d + td, lambda: d - td, lambda: td * f, lambda: td / f if f else None, lambda: td // k, lambda: td / k, lambda: td % timedelta(seconds=1 + rnd(100000)),
               lambda: str(td), lambda: repr(-td), lambda: abs(td), lambda: td.total_seconds(), lambda: d.isocalendar(), lambda: d.strftime('%a %j %U %W %G-%V-%u %y %I%p'),
               lambda: d.ctime(), lambda: d.timetuple()[6:8], lambda: d.toordinal(), lambda: d - datetime(2000, 1, 1), lambda: d.replace(tzinfo=timezone(td % timedelta(hours=23))).isoformat(),
               lambda: datetime.fromisoformat(d.isoformat()) == d, lambda: date.fromisocalendar(*d.isocalendar()) == d.date(), lambda: timedelta(seconds=f, milliseconds=f / 3)):
        try:
            r.append(repr(fn()))
        except Exception as e:
            r.append(type(e).__name__ + ':' + str(e))
    print(' | '.join(r))

from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC
import datetime as dtmod

print(repr(UTC), str(UTC), UTC is timezone.utc, dtmod.UTC is timezone.utc, timezone(timedelta(0)) is UTC)
for off, name in [(timedelta(hours=5, minutes=30), None), (timedelta(hours=-8), "PST"), (timedelta(minutes=-1), None), (timedelta(seconds=1), None),
                  (timedelta(hours=23, minutes=59, seconds=59, microseconds=999999), None), (timedelta(0), "Zero"), (-timedelta(hours=1, microseconds=1), None)]:
    tz = timezone(off) if name is None else timezone(off, name)
    d = datetime(2020, 6, 1, 12, tzinfo=tz)
    print(repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None), tz.utcoffset(d), d.isoformat(), d.strftime("%z|%Z"), d.utcoffset(), d.tzname(), d.dst())
    print("  ", repr(d.astimezone(UTC)), d.timestamp(), d.utctimetuple(), tz == timezone(off), hash(tz) == hash(timezone(off)))
print(repr(timezone.min), repr(timezone.max), timezone.min.utcoffset(None), str(timezone.max))
print(timezone(timedelta(hours=1), "A") == timezone(timedelta(hours=1), "B"), timezone(timedelta(hours=1)) != UTC, UTC == 5)

class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self._off = timedelta(minutes=minutes)
        self._name = name
    def utcoffset(self, dt):
        return self._off
    def tzname(self, dt):
        return self._name
    def dst(self, dt):
        return timedelta(0)
    def __repr__(self):
        return "Fixed(%r)" % self._name

class Eastern(tzinfo):
    """US Eastern rules since 2007: DST from the second Sunday of March 2:00 to the first Sunday of November 2:00."""
    def _bounds(self, year):
        start = datetime(year, 3, 8, 2)
        start += timedelta(days=(6 - start.weekday()) % 7)
        end = datetime(year, 11, 1, 1)
        end += timedelta(days=(6 - end.weekday()) % 7)
        return start, end
    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return timedelta(0)
        start, end = self._bounds(dt.year)
        naive = dt.replace(tzinfo=None)
        if start + timedelta(hours=1) <= naive < end:
            return timedelta(hours=1)
        if end <= naive < end + timedelta(hours=1):
            return timedelta(hours=0) if dt.fold else timedelta(hours=1)
        if start <= naive < start + timedelta(hours=1):
            return timedelta(hours=1) if dt.fold else timedelta(0)
        return timedelta(0)
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)
    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"
    def fromutc(self, dt):
        start, end = self._bounds(dt.year)
        start = start.replace(tzinfo=self) + timedelta(hours=5)
        end = end.replace(tzinfo=self) + timedelta(hours=4)
        std = dt + timedelta(hours=-5)
        if end <= dt < end + timedelta(hours=1):
            return std.replace(fold=1)
        if start <= dt < end:
            return std + timedelta(hours=1)
        return std
    def __repr__(self):
        return "Eastern()"

east = Eastern()
for hour in range(0, 10):
    u = datetime(2020, 11, 1, hour, 30, tzinfo=UTC)
    local = u.astimezone(east)
    print(u, "->", local, local.fold, local.tzname(), local.utcoffset(), local.dst(), local.timetuple().tm_isdst)
for hour in range(4, 9):
    u = datetime(2020, 3, 8, hour, 30, tzinfo=UTC)
    local = u.astimezone(east)
    print(u, "->", local, local.tzname(), local.astimezone(UTC) == u)
a = datetime(2020, 11, 1, 1, 30, tzinfo=east)
b = a.replace(fold=1)
print(a == b, a.utcoffset(), b.utcoffset(), b - a, a.astimezone(UTC), b.astimezone(UTC), a.timestamp(), b.timestamp())
print(a == a.astimezone(UTC), b == b.astimezone(UTC), a.astimezone(UTC) == a, datetime(2020, 7, 1, tzinfo=east) == datetime(2020, 7, 1, 4, tzinfo=UTC))

f = Fixed(90, "Plus90")
d = datetime(2021, 12, 31, 23, 45, tzinfo=f)
print(repr(d), d, d.utcoffset(), d.tzname(), d.astimezone(UTC), d.astimezone(Fixed(-60, "M1")), d.astimezone(timezone(timedelta(hours=-3))))
print(d - datetime(2021, 12, 31, 23, 45, tzinfo=UTC), d < datetime(2021, 12, 31, 23, tzinfo=UTC), d.timestamp())
print(d.utctimetuple(), d.timetuple(), d.strftime("%Y %H:%M %z %Z %%Z"))
print(f.fromutc(datetime(2020, 1, 1, tzinfo=f)), repr(UTC.fromutc(datetime(2020, 1, 1, tzinfo=UTC))))
print(repr(datetime(2020, 1, 1, tzinfo=f).astimezone(f)))

class Broken(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=30)
class BadName(tzinfo):
    def tzname(self, dt):
        return 5
class NoneOff(tzinfo):
    def utcoffset(self, dt):
        return None
    def dst(self, dt):
        return None
    def tzname(self, dt):
        return None
    def __repr__(self):
        return "NoneOff()"
class HalfNone(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1)
    def dst(self, dt):
        return None
for bad in [lambda: datetime(2020, 1, 1, tzinfo=Broken()).utcoffset(), lambda: datetime(2020, 1, 1, tzinfo=BadName()).tzname(),
            lambda: time(1, tzinfo=BadName()).tzname(), lambda: f.fromutc(datetime(2020, 1, 1)), lambda: f.fromutc(5),
            lambda: NoneOff().fromutc(datetime(2020, 1, 1, tzinfo=NoneOff())), lambda: (lambda z: z.fromutc(datetime(2020, 1, 1, tzinfo=z)))(NoneOff()),
            lambda: (lambda z: z.fromutc(datetime(2020, 1, 1, tzinfo=z)))(HalfNone()), lambda: tzinfo().fromutc(datetime(2020, 1, 1)),
            lambda: timezone(timedelta(hours=-24)), lambda: timezone(timedelta(0), None), lambda: UTC.utcoffset(5), lambda: UTC.dst("x"),
            lambda: datetime(2020, 1, 1, tzinfo=NoneOff()) < datetime(2020, 1, 1, tzinfo=UTC),
            lambda: datetime(2020, 1, 1, tzinfo=NoneOff()) == datetime(2020, 1, 1, tzinfo=UTC),
            lambda: time(1, tzinfo=NoneOff()) < time(1, tzinfo=UTC), lambda: time(1, tzinfo=NoneOff()) == time(1)]:
    try:
        print(repr(bad()))
    except (ValueError, OverflowError, TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)
try:
    class Sub(timezone):
        pass
except TypeError as e:
    print("TypeError", e)
print(repr(datetime(2020, 1, 1, tzinfo=NoneOff())), datetime(2020, 1, 1, tzinfo=NoneOff()).isoformat(), datetime(2020, 1, 1, tzinfo=NoneOff()).strftime("[%z][%Z]"))
print(UTC.__reduce__(), timezone(timedelta(hours=2), "X").__reduce__())

from datetime import datetime, date, time, timedelta, timezone, UTC

dt = datetime(2020, 1, 2, 3, 4, 5, 6)
print(repr(dt), str(dt), dt.isoformat(), dt.isoformat(' '), dt.isoformat(sep='_', timespec='milliseconds'))
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, dt.isoformat(timespec=spec), dt.replace(microsecond=0).isoformat(timespec=spec), dt.time().isoformat(spec))
print(repr(datetime(2020, 1, 2)), repr(datetime(2020, 1, 2, 3)), repr(datetime(2020, 1, 2, 0, 4)), repr(datetime(2020, 1, 2, 0, 0, 5)), repr(datetime(2020, 1, 2, 0, 0, 0, 6)))
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(dt.date(), dt.time(), repr(dt.timetz()), dt.timetuple(), dt.utctimetuple(), dt.toordinal(), dt.weekday(), dt.ctime())
print(dt + timedelta(days=400, microseconds=999999), dt - timedelta(weeks=100, hours=5), timedelta(1) + dt)
print(dt - datetime(2019, 12, 31, 23), datetime(2019, 12, 31, 23) - dt, dt - dt)
print(datetime.combine(date(2020, 5, 6), time(7, 8, 9, 10)), repr(datetime.combine(date(2020, 5, 6), time(7, tzinfo=UTC))),
      repr(datetime.combine(date(2020, 5, 6), time(7, tzinfo=UTC), tzinfo=None)), repr(datetime.combine(datetime(2020, 5, 6, 9), time(1))))
print(repr(dt.replace(year=2021, tzinfo=UTC)), repr(dt.replace(fold=1)), repr(dt.replace(2000, 2, 29, 23, 59, 59, 0)))
print(dt < datetime(2020, 1, 2, 3, 4, 5, 7), dt == datetime(2020, 1, 2, 3, 4, 5, 6), dt != dt.replace(fold=1), dt == dt.replace(fold=1))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %z %Z %a %b %p %I %y %j"), format(dt, "%H:%M"), format(dt), "{:%Y/%m/%d}".format(dt))
print(datetime(1, 1, 1).strftime("%Y %d"), datetime(999, 5, 5).isoformat(), datetime.min, datetime.max, datetime.resolution)
for bad in [lambda: datetime.max + timedelta(microseconds=1), lambda: datetime.min - timedelta(microseconds=1), lambda: datetime(2020, 1, 1, 24),
            lambda: datetime(2020, 1, 1, microsecond=-1), lambda: datetime(2020, 1, 1, fold=-1), lambda: datetime(2020, 1, 1, tzinfo="UTC"),
            lambda: datetime.combine(1, time()), lambda: datetime.combine(date.today(), 1), lambda: dt.isoformat(timespec='days'),
            lambda: datetime(2020, 1, 1) < date(2020, 1, 1), lambda: datetime(2020, 1, 1) >= date(2020, 1, 1), lambda: date(2020, 1, 1) > datetime(2020, 1, 1),
            lambda: dt.astimezone(5), lambda: dt.strftime(None)]:
    try:
        print(repr(bad()))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(dt == date(2020, 1, 2), date(2020, 1, 2) == datetime(2020, 1, 2), dt != date(2020, 1, 2))
print(hash(datetime(2020, 1, 1)) == hash(datetime(2020, 1, 1, fold=1)))

# time objects
t = time(13, 5, 9, 120)
print(repr(t), str(t), t.isoformat(), repr(time()), repr(time(1)), repr(time(1, 0, 2)), repr(time(0, 0, 0, 1)), time(1, 2).isoformat())
print(t.strftime("%H|%M|%S|%f|%p|%I|%Y|%m|%d|%z|%Z"), format(t, "%I:%M %p"), format(t, ""))
print(t.replace(hour=1), t.replace(microsecond=0), repr(t.replace(tzinfo=UTC)), repr(t.replace(fold=1)))
print(time(1) < time(2), time(1, tzinfo=UTC) == time(2, tzinfo=timezone(timedelta(hours=1))), time(1) == time(1, tzinfo=UTC), bool(time(0)))
print(time(23, 0, tzinfo=timezone(timedelta(hours=-2))) > time(0, 30, tzinfo=UTC), time.min, time.max, time.resolution)
print(hash(time(1, tzinfo=UTC)) == hash(time(2, tzinfo=timezone(timedelta(hours=1)))), t.utcoffset(), t.tzname(), t.dst())
print(time(1, 2, 3, tzinfo=timezone(timedelta(hours=5, minutes=30))).isoformat(), time(1, 2, 3, tzinfo=timezone(timedelta(hours=5, minutes=30))).strftime("%z %Z"))

class SubDT(datetime):
    pass
s = SubDT(2020, 1, 1, 12)
print(repr(s), type(s + timedelta(1)).__name__, type(s - timedelta(1)).__name__, type(s.replace(day=2)).__name__, type(s - s).__name__,
      type(SubDT.combine(date(2020, 1, 1), time())).__name__, type(SubDT.fromisoformat("2020-01-01")).__name__)
print(datetime.__module__, time.__module__, timezone.__module__, datetime.__mro__)
print(isinstance(dt, date), issubclass(datetime, date), isinstance(date(2020, 1, 1), datetime))

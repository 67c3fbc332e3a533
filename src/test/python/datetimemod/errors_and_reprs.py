from datetime import *
import datetime as D
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: date(2020.0, 1, 1)); t(lambda: date('x', 1, 1)); t(lambda: date(0, 1, 1)); t(lambda: date(2020, 13, 1)); t(lambda: date(2021, 2, 29))
t(lambda: date(10**20, 1, 1)); t(lambda: time(24)); t(lambda: time(1, 60)); t(lambda: time(1, 1, 60)); t(lambda: time(1,1,1,10**6)); t(lambda: time(fold=2)); t(lambda: time(tzinfo=1))
t(lambda: timedelta('1')); t(lambda: timedelta(days=10**9)); t(lambda: timedelta(days=-10**9)); t(lambda: timedelta(seconds=1.5, microseconds=0.5)); t(lambda: timedelta(microseconds=1.5)); t(lambda: timedelta(microseconds=2.5))
t(lambda: timedelta(days=1.1, hours=2.5, minutes=0.7, milliseconds=3.3))
t(lambda: timezone(1)); t(lambda: timezone(timedelta(hours=24))); t(lambda: timezone(timedelta(hours=1), 3)); t(lambda: timezone(timedelta(0)) is timezone.utc); t(lambda: timezone(timedelta(0), 'UTC') is timezone.utc)
t(lambda: timezone.utc.tzname(1)); t(lambda: timezone.utc.fromutc(1)); t(lambda: timezone.utc.fromutc(datetime(2020,1,1)))
t(lambda: str(timezone(timedelta(hours=-3, minutes=-30)))); t(lambda: timezone(timedelta(hours=-3, minutes=-30)))
t(lambda: timezone(timedelta(seconds=5, microseconds=7))); t(lambda: str(timezone(timedelta(seconds=5, microseconds=7))))
t(lambda: timezone.min); t(lambda: timezone.max); t(lambda: UTC)
class TZ(tzinfo):
    def utcoffset(self, dt): return 5
class TZ2(tzinfo):
    def utcoffset(self, dt): return timedelta(days=1)
t(lambda: datetime(2020,1,1,tzinfo=TZ()).utcoffset()); t(lambda: datetime(2020,1,1,tzinfo=TZ2()).utcoffset())
t(lambda: tzinfo().utcoffset(None)); t(lambda: tzinfo().tzname(None)); t(lambda: tzinfo().dst(None))
t(lambda: datetime(2020,1,1) < datetime(2020,1,1,tzinfo=UTC)); t(lambda: datetime(2020,1,1) == datetime(2020,1,1,tzinfo=UTC)); t(lambda: datetime(2020,1,1) - datetime(2020,1,1,tzinfo=UTC))
t(lambda: time(1) < time(1,tzinfo=UTC)); t(lambda: date(2020,1,1) < datetime(2020,1,1)); t(lambda: date(2020,1,1) == datetime(2020,1,1))
t(lambda: datetime(2020,1,1).isoformat(sep='ab')); t(lambda: datetime(2020,1,1).isoformat(timespec='x')); t(lambda: date.fromisoformat('2020-1-1')); t(lambda: datetime.fromisoformat(5))
t(lambda: date.fromordinal(0)); t(lambda: date.fromordinal(10**7)); t(lambda: date.max + timedelta(1)); t(lambda: date.fromisocalendar(2020, 54, 1)); t(lambda: date.fromisocalendar(2020, 1, 8)); t(lambda: date.fromisocalendar(0, 1, 1))
class MyD(date): pass
class MyTD(timedelta): pass
class MyDT(datetime): pass
t(lambda: MyD(2020,1,2)); t(lambda: MyTD(1)); t(lambda: MyDT(2020,1,1)); t(lambda: MyD(2020,1,1) + timedelta(1)); t(lambda: MyTD(1) + MyTD(1)); t(lambda: MyDT(2020,1,1) + timedelta(1))
t(lambda: date(2020,1,1).isocalendar()); t(lambda: datetime.strptime('2020 x', '%Y')); t(lambda: datetime.strptime('2020', '%Y %d'))
t(lambda: date(2020,1,1).strftime(5)); t(lambda: format(date(2020,1,1), 5)); t(lambda: timedelta(1) / 0); t(lambda: timedelta(1) // 0); t(lambda: timedelta(1) % timedelta(0))
t(lambda: time(1,2,tzinfo=UTC, fold=1)); t(lambda: datetime(2020,1,1,1,2,3,4,tzinfo=timezone(timedelta(hours=1), 'X'), fold=1))
t(lambda: date.today.__qualname__); t(lambda: D.IsoCalendarDate)
t(lambda: datetime(2020,1,1).replace(month=13)); t(lambda: datetime(2020,1,1,tzinfo=UTC).replace(tzinfo=None)); t(lambda: date(2020,1,1).replace(2021, day=3))
t(lambda: timedelta.max); t(lambda: timedelta.min); t(lambda: timedelta.resolution); t(lambda: datetime.min); t(lambda: time.max); t(lambda: str(timedelta(-1, 5, 7)))
t(lambda: timedelta(1) * 1.5); t(lambda: timedelta(microseconds=3) * 0.5); t(lambda: timedelta(microseconds=5) * 0.5); t(lambda: timedelta(microseconds=5) / 2); t(lambda: timedelta(microseconds=7) / 2); t(lambda: timedelta(microseconds=-7) // 2); t(lambda: timedelta(1)/timedelta(hours=5)); t(lambda: divmod(timedelta(1), timedelta(hours=5)))
t(lambda: datetime(2020,1,1, tzinfo=timezone(timedelta(hours=5))).utctimetuple()); t(lambda: datetime(2020,1,1, tzinfo=timezone(timedelta(hours=5))).timetuple())

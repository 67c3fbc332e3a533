# Local-time conversions depend on the machine's zone: the program checks their
# consistency and prints fixed lines.
import time
from datetime import datetime, date, timedelta, timezone

for ts in [0, 1, 86400 * 365, 1e9, 1234567890.5, 1604208600, 1604212200, 1583652600, 1700000000.25, -86400 * 3650]:
    local = datetime.fromtimestamp(ts)
    assert local.tzinfo is None
    assert local.timestamp() == ts, (ts, local, local.timestamp())
    lt = time.localtime(int(ts // 1))
    assert (local.year, local.month, local.day, local.hour, local.minute, local.second) == tuple(lt[:6]), (local, lt)
    aware = local.astimezone()
    assert aware.tzinfo is not None and aware.utcoffset() == timedelta(seconds=lt.tm_gmtoff), (aware, lt)
    assert aware.timestamp() == ts
    assert aware.astimezone(timezone.utc) == datetime.fromtimestamp(ts, timezone.utc)
    assert datetime.fromtimestamp(ts, timezone.utc).astimezone().replace(tzinfo=None) == local.replace(fold=0)
    assert date.fromtimestamp(ts) == local.date()
    assert local.timetuple()[:6] == tuple(lt[:6])
print("fromtimestamp, timestamp and astimezone agree")

for d in [datetime(2000, 1, 1), datetime(2020, 6, 15, 12, 30), datetime(1999, 12, 31, 23, 59, 59, 999999)]:
    ts = d.timestamp()
    assert datetime.fromtimestamp(ts) == d, (d, ts)
    assert abs(time.mktime(d.timetuple()) + d.microsecond / 1e6 - ts) < 1e-6
print("naive timestamps match time.mktime")

now = datetime.now()
assert abs(now.timestamp() - time.time()) < 5
assert abs(datetime.now(timezone.utc) - now.astimezone()) < timedelta(seconds=5)
assert date.today() in (now.date(), (now + timedelta(seconds=5)).date())
print("now is now")

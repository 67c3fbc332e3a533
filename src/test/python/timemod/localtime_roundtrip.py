# localtime, mktime, ctime and the zone constants: properties that hold in every time zone
import time

assert isinstance(time.timezone, int) and isinstance(time.altzone, int)
assert time.daylight in (0, 1)
assert isinstance(time.tzname, tuple) and len(time.tzname) == 2
assert all(isinstance(n, str) for n in time.tzname)
if not time.daylight:
    assert time.altzone == time.timezone

for secs in [0, 1e9, 951827696, 1230768000, 1700000000, 1719792000, 1735689599, -1e9, 2**31, 86400 * 20000]:
    lt = time.localtime(secs)
    assert len(lt) == 9 and lt.tm_isdst in (0, 1)
    assert isinstance(lt.tm_zone, str) and isinstance(lt.tm_gmtoff, int)
    back = time.mktime(lt)
    assert back == int(secs), (secs, back)
    assert isinstance(back, float)
    shifted = time.gmtime(int(secs) + lt.tm_gmtoff)
    assert tuple(shifted)[:8] == tuple(lt)[:8], (shifted, lt)
    assert time.ctime(secs) == time.asctime(lt)
    assert time.strftime("%s", lt) == str(int(secs))
    assert time.strftime("%Z", lt) == lt.tm_zone
    # the same local time read back by strptime gives the same fields
    text = time.strftime("%Y-%m-%d %H:%M:%S", lt)
    assert tuple(time.strptime(text, "%Y-%m-%d %H:%M:%S"))[:8] == tuple(lt)[:8]

# mktime normalises out-of-range fields as C does
a = time.mktime((2001, 14, 1, 12, 0, 0, 0, 0, -1))
b = time.mktime((2002, 2, 1, 12, 0, 0, 0, 0, -1))
assert a == b
assert time.mktime((2001, 3, 0, 12, 0, 0, 0, 0, -1)) == time.mktime((2001, 2, 28, 12, 0, 0, 0, 0, -1))
assert time.mktime((2001, 3, 1, 12, 90, 0, 0, 0, -1)) == time.mktime((2001, 3, 1, 13, 30, 0, 0, 0, -1))

now = time.time()
assert abs(time.mktime(time.localtime()) - now) < 5
assert time.localtime(None).tm_year >= 2024
assert len(time.ctime()) == 24 and len(time.asctime()) == 24
for bad in ["x", float('nan'), 1e20]:
    for f in (time.localtime, time.ctime):
        try:
            f(bad)
            raise AssertionError(bad)
        except (TypeError, ValueError, OverflowError):
            pass
time.tzset()
print("localtime ok")

# time.gmtime: UTC calendar fields for many instants, rounding and errors
import time

for secs in [0, 1, -1, 59, 86399, 86400, 951782400, 951868800, 1e9, 2**31 - 1, 2**31,
             -2**31, 253402300799, 253402300800, -62135596800, -62135596801,
             1.999999999, -0.5, -1.5, 1709210096.75, 4102444800, -2**40, 2**40]:
    print(secs, tuple(time.gmtime(secs)))

# the days of a leap year and of a common year
for year_start in [time.gmtime(951782400 - 59 * 86400), time.gmtime(978307200)]:
    print(year_start.tm_year, year_start.tm_yday, year_start.tm_wday)
last = time.gmtime(978307200 - 1)
print(last.tm_yday, last.tm_mon, last.tm_mday)

print(time.gmtime(None).tm_zone, time.gmtime().tm_gmtoff)
print(time.gmtime(True)[:6])

for bad in ["x", 1e20, 10**20, float('nan'), float('inf'), [1], 2**62]:
    try:
        time.gmtime(bad)
    except (TypeError, ValueError, OverflowError, OSError) as e:
        print(type(e).__name__, e)

from datetime import datetime, date, timedelta, timezone, UTC

for ts in [0, 1, -1, 86399, 1e9, 1234567890.123456, 1234567890.9999995, 1234567890.0000005, -0.5, -1.0000004, 2**31, -2**31, 253402300799, -62135596800,
           1.5e-6, 2.5e-6, 0.0000015, 1600000000.5]:
    u = datetime.fromtimestamp(ts, UTC)
    print(repr(ts), repr(u), repr(datetime.utcfromtimestamp(ts)), u.timestamp(), repr(datetime.fromtimestamp(ts, timezone(timedelta(hours=-7 if ts > 0 else 7)))))
for bad in [float('nan'), float('inf'), 1e20, 2**63, 1e17, 10**14, -10**14, 253402300800, -62135596801, "1", None]:
    try:
        print(datetime.fromtimestamp(bad, UTC))
    except (ValueError, OverflowError, TypeError, OSError) as e:
        print(type(e).__name__, e)
for bad in [float('nan'), 1e20]:
    try:
        print(datetime.utcfromtimestamp(bad))
    except (ValueError, OverflowError, TypeError, OSError) as e:
        print(type(e).__name__, e)
for d in [datetime(1970, 1, 1, tzinfo=UTC), datetime(2000, 1, 1, 12, 30, 15, 250000, tzinfo=timezone(timedelta(hours=3))), datetime(1, 1, 1, tzinfo=UTC),
          datetime(9999, 12, 31, 23, 59, 58, 999999, tzinfo=UTC), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=UTC)]:
    print(d.timestamp(), repr(datetime.fromtimestamp(d.timestamp(), UTC)))
now = datetime.now(UTC)
print(type(now).__name__, now.tzinfo is UTC, now.year >= 2024, abs(datetime.now(UTC) - now) < timedelta(seconds=5))
print(type(datetime.utcnow()).__name__, datetime.utcnow().tzinfo, type(date.today()).__name__, type(datetime.today()).__name__, datetime.today().tzinfo)
print(abs(datetime.now() - datetime.fromtimestamp(datetime.now().timestamp())) < timedelta(seconds=5))
print(abs(datetime.now().astimezone(UTC) - now) < timedelta(seconds=5), datetime.now().astimezone().tzinfo is not None)
print(date.fromtimestamp(86400 * 365).year in (1970, 1971))

# asctime layout and range checks; the argument checks shared by mktime, asctime and strftime
import time

for t in [(2000, 1, 1, 0, 0, 0, 5, 1, 0), (1973, 9, 16, 1, 3, 52, 6, 259, 0), (10000, 12, 31, 23, 59, 61, 0, 366, 1),
          (-5, 1, 1, 0, 0, 0, 0, 1, 0), (2000, 0, 0, 0, 0, 0, 0, 0, 0), (2000, 1, 1, 0, 0, 0, 7, 1, 0),
          (2000, 1, 1, 0, 0, 0, -1, 1, 0), (2000, 1, 1, 0, 0, 0, 0, 1, 5), (0, 1, 9, 7, 8, 9, 2, 9, -1)]:
    print(time.asctime(t))
print(time.asctime(time.gmtime(0)), time.asctime(time.gmtime(-62135596800 - 86400)))
print(time.asctime(time.struct_time((2001, 2, 3, 4, 5, 6, 5, 34, 0))))

checks = [(2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, -1, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 32, 0, 0, 0, 0, 1, 0),
          (2000, 1, -1, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 24, 0, 0, 0, 1, 0), (2000, 1, 1, -1, 0, 0, 0, 1, 0),
          (2000, 1, 1, 0, 60, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 62, 0, 1, 0), (2000, 1, 1, 0, 0, 0, -2, 1, 0),
          (2000, 1, 1, 0, 0, 0, 0, 367, 0), (2000, 1, 1, 0, 0, 0, 0, -1, 0)]
for t in checks:
    try:
        time.asctime(t)
    except ValueError as e:
        print('ValueError', e)

for f in (time.asctime, time.mktime):
    for arg in [5, "x", [2000, 1, 1, 0, 0, 0, 0, 1, 0], (1, 2), (1,) * 10, ("a",) * 9,
                (2000, 1, 1, 0, 0, 0, 0, 1, -1.5), (10**10, 1, 1, 0, 0, 0, 0, 1, 0),
                (-10**10, 1, 1, 0, 0, 0, 0, 1, 0), (2**31, 1, 1, 0, 0, 0, 0, 1, 0)]:
        try:
            f(arg)
        except (TypeError, ValueError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)

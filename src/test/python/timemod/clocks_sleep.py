# get_clock_info, clock_gettime and the CLOCK_ constants, and sleep's argument errors
import time

for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    print(name, time.get_clock_info(name))
try:
    time.get_clock_info("x")
except ValueError as e:
    print('ValueError', e)

for c in ["CLOCK_REALTIME", "CLOCK_MONOTONIC", "CLOCK_PROCESS_CPUTIME_ID", "CLOCK_THREAD_CPUTIME_ID",
          "CLOCK_MONOTONIC_RAW", "CLOCK_BOOTTIME", "CLOCK_TAI"]:
    print(c, getattr(time, c))
assert abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1
assert isinstance(time.clock_gettime_ns(time.CLOCK_MONOTONIC), int)
a = time.clock_gettime(time.CLOCK_MONOTONIC)
time.sleep(0.01)
assert time.clock_gettime(time.CLOCK_MONOTONIC) - a >= 0.009
print(time.clock_getres(time.CLOCK_REALTIME))
try:
    time.clock_gettime(99)
except OSError as e:
    print('OSError', e.errno, e.strerror)

time.sleep(0)
time.sleep(False)
time.sleep(0.0001)
for bad in ["1", None, -1, -0.5, float('nan'), float('inf'), 1e300, 10**30, 10**10, [1]]:
    try:
        time.sleep(bad)
        print('slept', bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(bad), type(e).__name__, e)

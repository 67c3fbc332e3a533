# signal.setitimer with ITIMER_VIRTUAL (CPU time in user mode, SIGVTALRM) and
# ITIMER_PROF (all CPU time, SIGPROF): they count only while the program computes.
import signal
import time


class Expired(Exception):
    pass


def expire(signum, frame):
    raise Expired(signal.Signals(signum).name)


signal.signal(signal.SIGVTALRM, expire)
signal.signal(signal.SIGPROF, expire)

for which in (signal.ITIMER_VIRTUAL, signal.ITIMER_PROF):
    print(signal.setitimer(which, 0.1))
    value, interval = signal.getitimer(which)
    print(0.05 < value < 0.2, interval)   # (Linux counts CPU time in ticks: up to 0.104)
    time.sleep(0.2)                     # asleep: hardly any CPU time is used
    value, interval = signal.getitimer(which)
    print("still armed after sleeping:", value > 0.05)
    n = 0
    try:
        while True:
            n += 1
    except Expired as e:
        print("busy loop interrupted by", e.args[0])
    print(signal.getitimer(which))

# periodic
calls = []
signal.signal(signal.SIGPROF, lambda s, f: calls.append(s))
signal.setitimer(signal.ITIMER_PROF, 0.02, 0.02)
deadline = time.monotonic() + 20
n = 0
while len(calls) < 3 and time.monotonic() < deadline:
    n += 1
value, interval = signal.setitimer(signal.ITIMER_PROF, 0)
print("periodic:", len(calls) >= 3, 0 < value < 0.05, round(interval, 2))
print(signal.getitimer(signal.ITIMER_PROF), signal.getitimer(signal.ITIMER_VIRTUAL))

# the three timers are separate
signal.setitimer(signal.ITIMER_VIRTUAL, 50, 1)
signal.setitimer(signal.ITIMER_REAL, 60)
print([round(v) for v in signal.getitimer(signal.ITIMER_VIRTUAL)],
      [round(v) for v in signal.getitimer(signal.ITIMER_REAL)],
      signal.getitimer(signal.ITIMER_PROF))
print([round(v) for v in signal.setitimer(signal.ITIMER_VIRTUAL, 0)], signal.setitimer(signal.ITIMER_REAL, 0)[0] > 59)

# signal.setitimer/getitimer with ITIMER_REAL: SIGALRM cuts a busy loop or a sleep
# short through its handler, a periodic timer fires again and again, the old values come
# back (rounded here: they are timings), and alarm() shares the same timer.
import signal
import threading
import time

print(signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
print(signal.getitimer(signal.ITIMER_REAL))


class Expired(Exception):
    pass


def expire(signum, frame):
    raise Expired(signum, threading.current_thread() is threading.main_thread())


signal.signal(signal.SIGALRM, expire)

# a one-shot timer interrupts a busy loop
print(signal.setitimer(signal.ITIMER_REAL, 0.05))
n = 0
try:
    while True:
        n += 1
except Expired as e:
    print("busy loop interrupted:", e.args, n > 0)
print(signal.getitimer(signal.ITIMER_REAL))

# ... and a sleep
start = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    time.sleep(5)
except Expired as e:
    print("sleep interrupted:", e.args, time.monotonic() - start < 2)

# a handler that returns lets the sleep go on (PEP 475)
calls = []
signal.signal(signal.SIGALRM, lambda s, f: calls.append(s))
start = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.02)
time.sleep(0.2)
print("sleep went on:", calls, time.monotonic() - start >= 0.19)

# a periodic timer
calls.clear()
old = signal.setitimer(signal.ITIMER_REAL, 0.01, 0.01)
print("old", old)
deadline = time.monotonic() + 10
while len(calls) < 5 and time.monotonic() < deadline:
    time.sleep(0.001)
value, interval = signal.setitimer(signal.ITIMER_REAL, 0)
print("periodic fired at least 5 times:", len(calls) >= 5, 0 < value <= 0.01, interval)
count = len(calls)
time.sleep(0.05)
print("stopped:", len(calls) == count, signal.getitimer(signal.ITIMER_REAL))

# the values: rounded up to microseconds, then counting down
print(signal.setitimer(signal.ITIMER_REAL, 100.25, 3.5))
value, interval = signal.getitimer(signal.ITIMER_REAL)
print(99 < value <= 100.25, interval)
value, interval = signal.setitimer(signal.ITIMER_REAL, 1e-7, 0)   # 1 microsecond
print(round(value), interval)
time.sleep(0.05)
print(calls[-1:], signal.getitimer(signal.ITIMER_REAL))
value, interval = signal.setitimer(signal.ITIMER_REAL, 0, 2)   # a zero value disarms
print(value, interval, signal.getitimer(signal.ITIMER_REAL))
signal.setitimer(signal.ITIMER_REAL, 0, 0)

# alarm() and ITIMER_REAL are one timer
print(signal.alarm(30))
value, interval = signal.getitimer(signal.ITIMER_REAL)
print(29 < value <= 30, interval)
print(signal.alarm(0))
print(signal.getitimer(signal.ITIMER_REAL))
signal.setitimer(signal.ITIMER_REAL, 7.4)
print(signal.alarm(0))
signal.setitimer(signal.ITIMER_REAL, 7.6)
print(signal.alarm(0))
signal.setitimer(signal.ITIMER_REAL, 0.2)
print(signal.alarm(0))

# a timer set in another thread still runs the handler in the main thread
got = []
signal.signal(signal.SIGALRM, lambda s, f: got.append(threading.current_thread() is threading.main_thread()))
t = threading.Thread(target=signal.setitimer, args=(signal.ITIMER_REAL, 0.02))
t.start()
t.join()
deadline = time.monotonic() + 10
while not got and time.monotonic() < deadline:
    time.sleep(0.005)
print("from a thread:", got)

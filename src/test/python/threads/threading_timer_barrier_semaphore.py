# Timer.cancel, Barrier abort/reset/broken/action, Semaphore counting and timeouts,
# Condition.wait timeout, Event.clear, RLock reentrancy across a Condition wait.
import threading
import time

fired = []
t = threading.Timer(0.05, fired.append, args=["late"])
t.start()
t.cancel()
t.join()
quick = threading.Timer(0.01, fired.append, args=["fired"])
quick.start()
quick.join()
print(fired, t.is_alive(), quick.finished.is_set())

actions = []
b = threading.Barrier(2, action=lambda: actions.append("all arrived"))
out = []
w = threading.Thread(target=lambda: out.append(b.wait()))
w.start()
out.append(b.wait())
w.join()
print(sorted(out), actions, b.parties, b.n_waiting, b.broken)

b2 = threading.Barrier(3, timeout=0.05)
errors = []


def waiter():
    try:
        b2.wait()
    except threading.BrokenBarrierError:
        errors.append("broken")


ws = [threading.Thread(target=waiter) for _ in range(2)]
for x in ws:
    x.start()
for x in ws:
    x.join()
print(errors, b2.broken)
b2.reset()
print(b2.broken)
b2.abort()
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("aborted barrier is broken")

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(timeout=0.01), s.acquire(False))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError", e)

c = threading.Condition()
with c:
    start = time.monotonic()
    print(c.wait(0.02), time.monotonic() - start >= 0.015)
try:
    c.wait()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    c.notify()
except RuntimeError as e:
    print("RuntimeError", e)

e = threading.Event()
e.set()
e.clear()
print(e.is_set(), e.wait(0.01))

r = threading.RLock()
cr = threading.Condition(r)
state = []


def notifier():
    with cr:
        state.append("notified")
        cr.notify()


with r:
    with r:
        th = threading.Thread(target=notifier)
        th.start()
        with cr:
            while not state:
                cr.wait(5)
        print(state, r._is_owned())
th.join()
print(r._is_owned())

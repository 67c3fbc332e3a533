# threading: Thread, Lock, Condition, Event, Timer, BoundedSemaphore, Barrier, local,
# and the exit waiting for a non-daemon thread (but not for a daemon one).
import threading, time, sys
results = []
lock = threading.Lock()
def worker(n):
    with lock:
        results.append(n * n)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(10)]
print(ts[0].name, ts[0].daemon, ts[0].is_alive(), repr(ts[0]).split(",")[0])
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results), threading.active_count(), threading.current_thread().name, threading.main_thread() is threading.current_thread())
c = threading.Condition()
items = []
def consumer():
    with c:
        c.wait_for(lambda: items)
        items.append("consumed")
t = threading.Thread(target=consumer); t.start()
time.sleep(0.05)
with c:
    items.append("produced"); c.notify()
t.join(); print(items)
e = threading.Event(); print(e.is_set(), e.wait(0.01))
threading.Timer(0.01, e.set).start(); print(e.wait(5))
s = threading.BoundedSemaphore(2); s.acquire(); s.release()
try: s.release()
except ValueError as ex: print("ValueError", ex)
b = threading.Barrier(3)
out = []
def bw(i):
    out.append(b.wait())
bs = [threading.Thread(target=bw, args=(i,)) for i in range(3)]
for t in bs: t.start()
for t in bs: t.join()
print(sorted(out), b.broken)
loc = threading.local()
loc.x = 1
def lw():
    loc.x = 2
    out.append(("thread", loc.x))
t = threading.Thread(target=lw); t.start(); t.join()
print(loc.x, out[-1])
d = threading.Thread(target=time.sleep, args=(0.2,), daemon=True); d.start()
nd = threading.Thread(target=lambda: (time.sleep(0.2), print("non-daemon finished"))); nd.start()
print("main done")

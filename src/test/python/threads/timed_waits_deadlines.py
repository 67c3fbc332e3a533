# Timed waits end at their deadline: never before it, and (being real timed waits, not
# polling) soon after it. Lateness is checked on the best of several tries, so a busy
# machine cannot fail the test, while a polling implementation would.
import queue
import threading
import time

TIMEOUT = 0.02
TRIES = 7

def check(name, wait):
    late = []
    for _ in range(TRIES):
        start = time.monotonic()
        result = wait()
        elapsed = time.monotonic() - start
        assert result in (False, None), (name, result)
        assert elapsed >= TIMEOUT - 1e-4, (name, "woke early", elapsed)
        late.append(elapsed - TIMEOUT)
    assert min(late) < 0.005, (name, "late by", sorted(late))
    print(name, "ends at its deadline")

held = threading.Lock()
held.acquire()
check("Lock.acquire(timeout)", lambda: held.acquire(timeout=TIMEOUT))
rheld = threading.RLock()
t = threading.Thread(target=rheld.acquire)
t.start(); t.join()
check("RLock.acquire(timeout)", lambda: rheld.acquire(timeout=TIMEOUT))
cond = threading.Condition()
def cond_wait():
    with cond:
        return cond.wait(TIMEOUT)
check("Condition.wait(timeout)", cond_wait)
def wait_for():
    with cond:
        return cond.wait_for(lambda: False, TIMEOUT)
check("Condition.wait_for(timeout)", wait_for)
event = threading.Event()
check("Event.wait(timeout)", lambda: event.wait(TIMEOUT))
sleeper = threading.Thread(target=time.sleep, args=(5,), daemon=True)
sleeper.start()
check("Thread.join(timeout)", lambda: sleeper.join(TIMEOUT))
q = queue.Queue()
def get():
    try:
        q.get(timeout=TIMEOUT)
    except queue.Empty:
        return None
check("Queue.get(timeout)", get)
full = queue.Queue(maxsize=1)
full.put(0)
def put():
    try:
        full.put(1, timeout=TIMEOUT)
    except queue.Full:
        return None
check("Queue.put(timeout)", put)
sem = threading.Semaphore(0)
check("Semaphore.acquire(timeout)", lambda: sem.acquire(timeout=TIMEOUT))
check("time.sleep", lambda: time.sleep(TIMEOUT))

# Lock management with `with`: the block acquires the lock on entry and releases it on
# the way out, however the block ends (normally, by return, or by an exception).
#
# Ten threads add to one counter. Each update reads the counter, gives the other
# threads a chance to run (time.sleep(0) hands the GIL to a waiting thread), and writes
# it back. Without the lock, a thread that runs in between reads the same old value
# and one of the two additions is lost; with it, the total is exact.
import threading
import time

THREADS, ADDS = 10, 200
counter = 0
counter_lock = threading.Lock()


def add_many():
    global counter
    for _ in range(ADDS):
        with counter_lock:               # acquire ... release, even on an exception
            value = counter
            time.sleep(0)                # others may run now, but not in here
            counter = value + 1


threads = [threading.Thread(target=add_many) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter, "expected:", THREADS * ADDS)
assert counter == THREADS * ADDS


# The lock is released when an exception leaves the block ...
def fail_inside():
    with counter_lock:
        raise ValueError("something went wrong while holding the lock")


try:
    fail_inside()
except ValueError as e:
    print("caught:", e)
print("lock still held after the exception?", counter_lock.locked())

# ... and `with` works with every lock-like object: RLock may be taken again by the
# thread that holds it; Semaphore and Condition go the same way.
rlock = threading.RLock()
with rlock:
    with rlock:
        print("an RLock can be entered twice by one thread")
print("all released:", not counter_lock.locked() and rlock.acquire(blocking=False))
rlock.release()

"""Uncontended Lock acquire/release pairs per second (issue 3).

One thread takes and releases a threading.Lock in a loop (bound methods held in
locals, as careful code does). The rate includes the loop's own cost, the same in
every interpreter. Metric: pairs per second over the measured batches, after one
unmeasured warm-up batch. Target: at least CPython 3.11's.

Correctness: the lock is free after each pair and taken inside it; the count is exact.
Usage: lock_rate.py [pairs per batch]
"""

import sys
import threading
import time


def batch(lock, n):
    acquire = lock.acquire
    release = lock.release
    for _ in range(n):
        acquire()
        release()
    return n


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    lock = threading.Lock()
    batch(lock, n // 4)  # warm-up
    if lock.locked() or not lock.acquire(False) or lock.acquire(False):
        raise SystemExit("lock_rate: the lock does not behave as a lock")
    lock.release()
    batches = 5
    done = 0
    start = time.perf_counter()
    for _ in range(batches):
        done += batch(lock, n)
    elapsed = time.perf_counter() - start
    if done != batches * n or lock.locked():
        raise SystemExit("lock_rate: %d pairs done, lock locked: %r" % (done, lock.locked()))
    print("%d acquire/release pairs in %.3f s" % (done, elapsed))
    print("METRIC lock_pairs_per_sec %.0f" % (done / elapsed))


main()

"""Starting and joining 10,000 threads (issue 3).

The main thread starts a threading.Thread, joins it, and repeats, 10,000 times; each
thread stores a result. Metric: the seconds all of it takes. Target: less than
CPython 3.11's.

Correctness: every thread ran once, with its own argument, and none is left alive.
Usage: thread_start.py [threads]
"""

import sys
import threading
import time


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    results = [None] * n

    def body(i):
        results[i] = i * i

    before = threading.active_count()
    start = time.perf_counter()
    for i in range(n):
        t = threading.Thread(target=body, args=(i,))
        t.start()
        t.join()
    elapsed = time.perf_counter() - start
    if results != [i * i for i in range(n)] or threading.active_count() != before:
        raise SystemExit("thread_start: wrong results or threads left (%d alive)" % threading.active_count())
    print("%d threads started and joined in %.3f s (%.1f us each)" % (n, elapsed, elapsed / n * 1e6))
    print("METRIC thread_start_join_sec %.3f" % elapsed)


main()

"""queue.Queue items per second with 2 producers and 2 consumers (issue 3).

Two producer threads put integers into one unbounded queue.Queue; two consumer threads
get them until each sees its end marker. Metric: items moved per second, from the
start of the threads to the last join. Target: at least CPython 3.11's.

Correctness: every item arrives exactly once (count and sum), each producer's items
in order.
Usage: queue_rate.py [items per producer]
"""

import queue
import sys
import threading
import time

DONE = None


def produce(q, base, n):
    put = q.put
    for i in range(base, base + n):
        put(i)


def consume(q, seen):
    get = q.get
    count = 0
    total = 0
    last = {}
    in_order = True
    while True:
        item = get()
        if item is DONE:
            break
        count += 1
        total += item
        key = item >= 1_000_000_000
        if last.get(key, -1) >= item:
            in_order = False
        last[key] = item
    seen.append((count, total, in_order))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    q = queue.Queue()
    seen = []
    bases = (0, 1_000_000_000)
    producers = [threading.Thread(target=produce, args=(q, b, n)) for b in bases]
    consumers = [threading.Thread(target=consume, args=(q, seen)) for _ in range(2)]
    start = time.perf_counter()
    for t in consumers + producers:
        t.start()
    for t in producers:
        t.join()
    for _ in consumers:
        q.put(DONE)
    for t in consumers:
        t.join()
    elapsed = time.perf_counter() - start
    count = sum(s[0] for s in seen)
    total = sum(s[1] for s in seen)
    expected = sum(b * n + n * (n - 1) // 2 for b in bases)
    if count != 2 * n or total != expected or not all(s[2] for s in seen) or not q.empty():
        raise SystemExit("queue_rate: got %d items summing to %d, expected %d summing to %d (in order: %r)"
                         % (count, total, 2 * n, expected, [s[2] for s in seen]))
    print("%d items through queue.Queue in %.3f s (consumers got %s)"
          % (count, elapsed, " and ".join(str(s[0]) for s in seen)))
    print("METRIC queue_items_per_sec %.0f" % (count / elapsed))


main()

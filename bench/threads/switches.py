"""Thread switches per second between two CPU-bound threads (issue 3).

Two threads spin in a loop of pure bytecode. A shared one-element list holds the
marker of the thread that wrote it last; a thread that finds the other's marker there
knows the other thread ran since its own last iteration, i.e. the GIL changed hands,
and counts a switch. The main thread only sleeps, then raises the stop flag, and never
touches the marker, so the two counts alternate: they may differ by at most one.
Metric: switches (both threads together) per second of the measured interval, at the
interpreter's default check and switch intervals. Target: >= 20,000.

Usage: switches.py [seconds]
"""

import sys
import threading
import time

marker = [None]
stop = [False]


def spin(me, counts):
    last = marker
    halt = stop
    switches = 0
    iterations = 0
    while not halt[0]:
        if last[0] is not me:
            last[0] = me
            switches += 1
        iterations += 1
    counts[me] = (switches, iterations)


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 1.5
    counts = {}
    threads = [threading.Thread(target=spin, args=(name, counts)) for name in ("a", "b")]
    start = time.perf_counter()
    for t in threads:
        t.start()
    time.sleep(seconds)
    stop[0] = True
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    sa, ia = counts["a"]
    sb, ib = counts["b"]
    if abs(sa - sb) > 1 or ia <= 0 or ib <= 0 or sa + sb > ia + ib:
        raise SystemExit("switches: inconsistent counts a=%r b=%r" % (counts["a"], counts["b"]))
    print("switches a=%d b=%d, iterations a=%d b=%d in %.3f s" % (sa, sb, ia, ib, elapsed))
    print("METRIC switches_per_sec %.1f" % ((sa + sb) / elapsed))


main()

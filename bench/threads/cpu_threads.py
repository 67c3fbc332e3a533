"""Two CPU-bound threads versus the same work done one after the other (issue 3).

The work is an LCG loop in pure bytecode. Each round times it twice in a row in the
main thread ("sequential") and in two threads started together ("threaded"), in
alternating order. The metric is the median over eleven rounds of threaded time /
sequential time, at the interpreter's default check and switch intervals (the median,
because a JIT's recompilations make single rounds noisy). 1.0 means threads cost
nothing; the target is <= 1.10.

Correctness: every run of the work must return the same value.
Usage: cpu_threads.py [iterations per work unit]
"""

import sys
import threading
import time


def work(n):
    x = 1
    for i in range(n):
        x = (x * 1103515245 + 12345 + i) & 0x7FFFFFFF
    return x


def sequential(n):
    start = time.perf_counter()
    results = [work(n), work(n)]
    return time.perf_counter() - start, results


def threaded(n):
    results = [None, None]

    def body(k):
        results[k] = work(n)

    threads = [threading.Thread(target=body, args=(k,)) for k in range(2)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start, results


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300_000
    rounds = 11
    expected = work(n)
    # warm-up, untimed: a JIT compiles the loop, and compiles it again once threads run it
    for how in (sequential, threaded):
        how(n // 4)
    ratios = []
    for r in range(rounds):
        times = {}
        for how in ((sequential, threaded) if r % 2 == 0 else (threaded, sequential)):
            seconds, results = how(n)
            if results != [expected, expected]:
                raise SystemExit("cpu_threads: wrong results %r, expected %r" % (results, expected))
            times[how] = seconds
        ratios.append(times[threaded] / times[sequential])
        print("round %d: sequential %.3f s, threaded %.3f s, ratio %.3f"
              % (r + 1, times[sequential], times[threaded], ratios[-1]))
    print("check %d" % expected)
    print("METRIC threaded_over_sequential %.3f" % sorted(ratios)[rounds // 2])


main()

# The GIL in one picture: CPU-bound work does not get faster with threads. Two threads
# that only compute take as long as doing the same work twice in one thread, because
# only the thread holding the GIL runs Python code; the other waits for its turn at a
# check point. (Threads pay off when they wait: see loops_threading.py.)
import sys
import threading
import time

N = 1_000_000


def count(n):
    total = 0
    while n > 0:
        total += n % 7
        n -= 1
    return total


def timed(fn):
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def sequential():
    count(N)
    count(N)


def threaded():
    pair = [threading.Thread(target=count, args=(N,)) for _ in range(2)]
    for t in pair:
        t.start()
    for t in pair:
        t.join()


count(N)                                  # warm up (gilpy's JIT compiles the loop)
# Alternate the two ways and keep the best time of each, so that another program
# busy on the machine for a moment does not decide the comparison.
ones, twos = [], []
for _ in range(4):
    ones.append(timed(sequential))
    twos.append(timed(threaded))
one, two = min(ones), min(twos)
if "-v" in sys.argv:
    print("sequential %.3f s, two threads %.3f s, ratio %.2f" % (one, two, two / one))
# On two free cores, threads without a GIL would take about half the time (ratio
# 0.5). With the GIL the ratio stays near 1; 0.75 leaves room for a noisy machine.
assert two > 0.75 * one, (one, two)
print("two CPU-bound threads took about as long as running their work one after the other")

# The GIL in one picture: only the thread holding the GIL runs Python code, so
# CPU-bound threads take turns instead of running side by side on several cores.
#
# A "counter" thread counts as fast as it can, calling time.sleep(0) after each step so
# that it gives the GIL up whenever another thread wants it. A "worker" thread does a
# CPU-bound job; we note how far the counter got while the job ran.
#  - With check points switched off (a huge check interval), nothing makes the worker
#    give the GIL up: the counter stands still for the whole job, although it is ready
#    to run and the machine may have an idle core.
#  - At the default check interval the worker offers the GIL every 100 instructions and
#    the counter gets turns - but the two still never run at the same moment, so the
#    job plus the counting take as long as they would one after the other.
# Timings vary too much on a shared machine to be checked; -v prints them.
import sys
import threading
import time

N = 1_000_000


def job(n):
    total = 0
    while n > 0:
        total += n % 7
        n -= 1
    return total


def check_points(on):
    if hasattr(sys, "setcheckinterval"):
        sys.setcheckinterval(100 if on else 10 ** 9)      # gilpy (and CPython 2)
    else:
        sys.setswitchinterval(0.005 if on else 1000)      # CPython 3: no forced switch


def counted_during_job(check_points_on):
    """How far the counter thread got while the worker did job(N), and how long it took."""
    check_points(check_points_on)
    steps = [0]
    stop = []
    during = []

    def counter():
        while not stop:
            steps[0] += 1
            time.sleep(0)

    def worker():
        while steps[0] < 10:             # wait until the counter is under way
            time.sleep(0.001)
        before, start = steps[0], time.perf_counter()
        job(N)
        during.append((steps[0] - before, time.perf_counter() - start))
        stop.append(True)

    pair = [threading.Thread(target=counter), threading.Thread(target=worker)]
    for t in pair:
        t.start()
    for t in pair:
        t.join()
    check_points(True)
    return during[0]


job(N)                                   # warm up (gilpy's JIT compiles the loop)
frozen, alone = counted_during_job(False)
shared, together = counted_during_job(True)
if "-v" in sys.argv:
    print("check points off: counter +%d during the job, which took %.3f s" % (frozen, alone))
    print("check points on:  counter +%d during the job, which took %.3f s" % (shared, together))
assert frozen == 0, frozen
print("check points off: the counter made no progress while the worker ran")
assert shared > 0, shared
print("check points on: the counter got turns while the worker ran")

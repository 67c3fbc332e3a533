# ThreadPoolExecutor: submit, map, wait, as_completed, shutdown, errors. Results that
# depend on scheduling are checked with asserts.
import io
import sys
import threading
import time
from concurrent.futures import (ThreadPoolExecutor, wait, as_completed, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED, BrokenExecutor, CancelledError)

with ThreadPoolExecutor(max_workers=3, thread_name_prefix='worker') as ex:
    print(list(ex.map(lambda x: x * x, range(8))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6])))
    names = {ex.submit(lambda: threading.current_thread().name).result() for _ in range(20)}
    assert names and all(n.startswith('worker_') for n in names), names
    assert len(ex._threads) <= 3
    fs = [ex.submit(divmod, 17, i) for i in range(1, 5)]
    print([f.result() for f in fs])
    r = wait(fs)
    print(type(r).__name__, len(r.done), len(r.not_done), r._fields, r.done == set(fs))
    print(sorted(f.result() for f in as_completed([ex.submit(abs, -i) for i in range(5)])))
    bad = ex.submit(int, 'x')
    print(repr(bad.exception()))
    try:
        bad.result()
    except ValueError as e:
        print('ValueError', e)

try:
    ex.submit(abs, 1)
except RuntimeError as e:
    print(e)
for bad_args in ((0,), (-1,)):
    try:
        ThreadPoolExecutor(*bad_args)
    except ValueError as e:
        print(e)
try:
    ThreadPoolExecutor(2, initializer=5)
except TypeError as e:
    print(e)
default = ThreadPoolExecutor()
print(default._max_workers > 0, default._thread_name_prefix.startswith('ThreadPoolExecutor-'))
default.shutdown()

# A failing initializer breaks the pool (its report goes to stderr: captured here).
err, sys.stderr = sys.stderr, io.StringIO()
try:
    def init(x):
        raise ValueError(x)
    ex = ThreadPoolExecutor(1, initializer=init, initargs=(3,))
    fut = ex.submit(abs, 1)
    try:
        fut.result()
    except BrokenExecutor as e:
        print(type(e).__name__, e)
    try:
        ex.submit(abs, 2)
    except BrokenExecutor as e:
        print('submit after:', type(e).__name__)
    ex.shutdown()
    report = sys.stderr.getvalue()
finally:
    sys.stderr = err
print(report.splitlines()[0], report.splitlines()[-1])

# map: results in order; an exception comes out where its result would.
ex = ThreadPoolExecutor(2)
m = ex.map(lambda x: 10 // x, [5, 2, 0, 1])
print(next(m), next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
ex.shutdown()

# Timeouts and cancellation with one busy worker.
release = threading.Event()
ex = ThreadPoolExecutor(1)
blocker = ex.submit(release.wait)
queued = [ex.submit(abs, -i) for i in range(3)]
while not blocker.running():
    time.sleep(0.001)
try:
    for f in as_completed(queued, timeout=0.05):
        pass
except TimeoutError as e:
    print(e)
r = wait([blocker] + queued, timeout=0.05, return_when=FIRST_COMPLETED)
print(len(r.done), len(r.not_done))
try:
    list(ex.map(abs, [1], timeout=0.05))
except TimeoutError as e:
    print('map', repr(e))
print(queued[2].cancel(), queued[2].cancelled(), blocker.cancel(), blocker.running())
release.set()
print(blocker.result(), [f.result() for f in queued[:2]])
try:
    queued[2].result()
except CancelledError:
    print('cancelled future raises CancelledError')
ex.shutdown()

# FIRST_EXCEPTION returns as soon as one call fails.
gate = threading.Event()
with ThreadPoolExecutor(2) as ex:
    slow = ex.submit(gate.wait, 5)
    failing = ex.submit(lambda: 1 / 0)
    r = wait([slow, failing], return_when=FIRST_EXCEPTION)
    print(failing in r.done, slow in r.not_done)
    gate.set()
    r = wait([slow, failing], return_when=ALL_COMPLETED)
    print(len(r.done), len(r.not_done))

# shutdown(cancel_futures=True) cancels what has not started.
gate = threading.Event()
ex = ThreadPoolExecutor(1)
running = ex.submit(gate.wait, 5)
waiting = [ex.submit(abs, i) for i in range(5)]
while not running.running():
    time.sleep(0.001)
gate.set()
ex.shutdown(cancel_futures=True)
print(running.result(), all(f.cancelled() for f in waiting))

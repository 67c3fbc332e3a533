# Signals reach the main thread wherever it is: in a busy loop, in lock.acquire(), in join(),
# in Queue.get() and in sleep(); a handler that returns lets a sleep or a timed wait go on.
import signal
import threading
import time
import _thread
from queue import Queue

main_ident = threading.get_ident()

def later(delay, action, *args):
    def run():
        time.sleep(delay)
        action(*args)
    t = threading.Thread(target=run)
    t.start()
    return t

def send(signum):
    signal.pthread_kill(main_ident, signum)

def line_of(e):
    tb = e.__traceback__
    while tb.tb_next is not None and tb.tb_next.tb_frame.f_code.co_filename == __file__:
        tb = tb.tb_next
    return tb.tb_lineno

# 1. a busy loop, interrupted by interrupt_main()
t = later(0.05, _thread.interrupt_main)
n = 0
try:
    while True:
        n += 1
except KeyboardInterrupt as e:
    print("busy loop: KeyboardInterrupt at line", line_of(e), "after work:", n > 0)
t.join()

# 2. lock.acquire() without a timeout
lock = threading.Lock()
lock.acquire()
t = later(0.05, send, signal.SIGINT)
try:
    lock.acquire()
except KeyboardInterrupt as e:
    print("acquire: KeyboardInterrupt at line", line_of(e))
t.join()
print("lock still held:", lock.locked())

# 3. join() of a thread that is still working
worker = later(0.5, lambda: None)
t = later(0.05, send, signal.SIGINT)
try:
    worker.join()
except KeyboardInterrupt as e:
    print("join: KeyboardInterrupt at line", line_of(e))   # (3.11 then wrongly marks the worker stopped; 3.13 does not)
t.join()
worker.join()

# 4. Queue.get()
q = Queue()
t = later(0.05, send, signal.SIGINT)
try:
    q.get()
except KeyboardInterrupt as e:
    print("Queue.get: KeyboardInterrupt")
t.join()
q.put(1)
print("queue still works:", q.get())

# 5. sleep() with a handler that returns: the sleep goes on (PEP 475)
seen = []
signal.signal(signal.SIGUSR1, lambda signum, frame: seen.append(time.monotonic()))
start = time.monotonic()
t = later(0.05, send, signal.SIGUSR1)
time.sleep(0.4)
elapsed = time.monotonic() - start
t.join()
assert len(seen) == 1 and seen[0] - start < 0.3, (seen, start)
assert elapsed >= 0.4, elapsed
print("sleep: handler ran during the sleep, which then went on")

# 6. a timed acquire with a handler that returns: it still times out at its deadline
start = time.monotonic()
t = later(0.05, send, signal.SIGUSR1)
got = lock.acquire(timeout=0.3)
elapsed = time.monotonic() - start
t.join()
assert not got and elapsed >= 0.3, (got, elapsed)
assert len(seen) == 2
print("timed acquire: returned", got, "after its full timeout")

# 7. sleep() with a handler that raises
class Timeout(Exception):
    pass

def on_alarm(signum, frame):
    raise Timeout("alarm in %s" % frame.f_code.co_name)

signal.signal(signal.SIGALRM, on_alarm)

def slow():
    time.sleep(5)

start = time.monotonic()
signal.alarm(1)
try:
    slow()
except Timeout as e:
    elapsed = time.monotonic() - start
    print("sleep:", e, "at line", line_of(e))
    assert 0.9 < elapsed < 3, elapsed
print(signal.alarm(0))
lock.release()
print("done")

# 8. pause() waits for a signal and returns once its handler has run
t = later(0.05, send, signal.SIGUSR1)
signal.pause()
t.join()
print("pause returned after", len(seen) - 2, "handler call")

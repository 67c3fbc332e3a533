# Signals and threads: whichever thread a signal is sent to, its Python handler runs in
# the main thread, between two instructions (at a check point) or by cutting a blocking
# call short. Worker threads send the signals here, so the run needs no terminal.
import signal
import threading
import time

main_ident = threading.get_ident()
log = []


def on_usr1(signum, frame):
    # Runs in the main thread, with the GIL, wherever the main thread was
    log.append((signal.Signals(signum).name, threading.current_thread().name, frame.f_code.co_name))


signal.signal(signal.SIGUSR1, on_usr1)


def worker(delay):
    time.sleep(delay)
    signal.pthread_kill(main_ident, signal.SIGUSR1)


# 1. The main thread computes: the handler runs at its next check point.
t = threading.Thread(target=worker, args=(0.05,), name="sender-1")
t.start()


def crunch():
    total = 0
    while not log:
        total += 1
    return total


crunch()
t.join()
print("while computing:", log[-1])

# 2. The main thread sleeps: the signal cuts the sleep short, the handler runs, and the
#    sleep goes on to its end because the handler returned normally (PEP 475).
t = threading.Thread(target=worker, args=(0.05,), name="sender-2")
start = time.monotonic()
t.start()
time.sleep(0.3)
t.join()
assert time.monotonic() - start >= 0.3
print("while sleeping:", log[-1], "and the sleep lasted its full 0.3 s")

# 3. Ctrl-C from another thread: interrupt_main() acts like SIGINT, whose default handler
#    raises KeyboardInterrupt in the main thread, here while it waits in join().
def press_ctrl_c():
    time.sleep(0.05)
    import _thread
    _thread.interrupt_main()


def long_job():
    time.sleep(0.5)


job = threading.Thread(target=long_job, name="job")
job.start()
threading.Thread(target=press_ctrl_c).start()
try:
    while job.is_alive():
        job.join(0.01)
except KeyboardInterrupt:
    print("KeyboardInterrupt in the main thread while it waited for the job")
job.join()   # the job itself was not interrupted: only the main thread gets signals
print("done")

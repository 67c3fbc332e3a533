# signal.set_wakeup_fd: each caught signal's number is written to the fd as a byte, so
# that a select() can wake up; only the main thread may set it.
import os
import select
import signal
import socket
import threading
import time

r, w = socket.socketpair()
w.setblocking(False)
r.settimeout(5)
for args in [(999,), (-5,), ('x',), (1.5,), ()]:
    try:
        print(args, signal.set_wakeup_fd(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
for kwargs in [{'foo': 1}, {'fd': w.fileno()}]:
    try:
        signal.set_wakeup_fd(**kwargs)
    except TypeError as e:
        print(e)
pr, pw = os.pipe()
try:
    signal.set_wakeup_fd(pw)
except ValueError as e:
    print(str(e).replace(str(pw), "N"))
os.set_blocking(pw, False)
print(signal.set_wakeup_fd(pw) == -1)
os.close(pr)
os.close(pw)
print(signal.set_wakeup_fd(-1) == pw)
print(signal.set_wakeup_fd(w.fileno()) == -1)
print(signal.set_wakeup_fd(w.fileno(), warn_on_full_buffer=False) == w.fileno())
print(signal.set_wakeup_fd(w.fileno(), warn_on_full_buffer=True) == w.fileno())


def in_thread():
    try:
        signal.set_wakeup_fd(-1)
    except ValueError as e:
        print(e)


t = threading.Thread(target=in_thread)
t.start()
t.join()

calls = []
signal.signal(signal.SIGUSR1, lambda s, f: calls.append(s))
signal.signal(signal.SIGALRM, lambda s, f: calls.append(s))
signal.raise_signal(signal.SIGUSR1)
print(calls, r.recv(10))

# only signals with a Python handler are written
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR2)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
signal.raise_signal(signal.SIGCHLD)        # default action: ignored
os.kill(os.getpid(), signal.SIGUSR1)
print(calls, r.recv(10))

# a select() on the wakeup socket returns when a timer's signal comes in
start = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.05)
readable, _, _ = select.select([r], [], [], 10)
print(readable == [r], r.recv(10), calls, time.monotonic() - start < 5)

# a blocked signal is written when it is delivered
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
signal.raise_signal(signal.SIGUSR1)
r.setblocking(False)
try:
    r.recv(10)
except BlockingIOError:
    print("nothing yet")
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])
r.settimeout(5)
print(r.recv(10), calls)

print(signal.set_wakeup_fd(-1) == w.fileno())
signal.raise_signal(signal.SIGUSR1)
r.setblocking(False)
try:
    r.recv(10)
except BlockingIOError:
    print("no longer written", calls)
r.close()
w.close()

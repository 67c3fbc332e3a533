# signal.siginterrupt: with flag False a signal no longer cuts short the calls POSIX
# restarts (a read of a pipe or of a blocking socket): its handler runs once the call
# returns. Sleeps are cut short all the same; signal.signal() makes it interrupt again.
import os
import signal
import socket
import threading
import time

events = []


def handler(signum, frame):
    events.append('handler')


signal.signal(signal.SIGALRM, handler)


def later(delay, action):
    def run():
        time.sleep(delay)
        events.append('write')
        action()
    t = threading.Thread(target=run)
    t.start()
    return t


for restart in (False, True, None):
    events.clear()
    if restart is None:
        signal.signal(signal.SIGALRM, handler)     # interrupting again
    else:
        print(signal.siginterrupt(signal.SIGALRM, not restart))
    r, w = os.pipe()
    t = later(0.3, lambda: os.write(w, b'data'))
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    data = os.read(r, 10)
    events.append('read')
    t.join()
    print("pipe", restart, data, events)
    os.close(r)
    os.close(w)

# a blocking socket
a, b = socket.socketpair()
signal.siginterrupt(signal.SIGALRM, False)
events.clear()
t = later(0.3, lambda: b.send(b'over socket'))
signal.setitimer(signal.ITIMER_REAL, 0.05)
data = a.recv(100)
events.append('read')
t.join()
print("socket restarted", data, events)
signal.siginterrupt(signal.SIGALRM, True)
events.clear()
t = later(0.3, lambda: b.send(b'again'))
signal.setitimer(signal.ITIMER_REAL, 0.05)
data = a.recv(100)
events.append('read')
t.join()
print("socket interrupted", data, events)
a.close()
b.close()

# a sleep is never restarted by the kernel: the handler runs during it
signal.siginterrupt(signal.SIGALRM, False)
events.clear()
start = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(0.3)
events.append('slept')
print("sleep", events)

for args in [(0, True), (65, True), ('x', 1), (signal.SIGALRM, 'x'), (signal.SIGKILL, True),
             (signal.SIGSTOP, 0), (signal.SIGALRM,), (32, 1), (signal.SIGALRM, 2.5)]:
    try:
        print(args, signal.siginterrupt(*args))
    except Exception as e:
        print(args, type(e).__name__, e)

# os.kill of our own process: the handler runs before os.kill returns, as in CPython;
# signal 0 only checks that the process exists; errors for bad pids and numbers.
import os
import signal

def handler(signum, frame):
    print("handler", signum, "at line", frame.f_lineno)

signal.signal(signal.SIGUSR1, handler)
os.kill(os.getpid(), signal.SIGUSR1); print("after os.kill")
os.kill(os.getpid(), 0); print("signal 0: process exists")
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR2); print("ignored")
for pid, sig in ((os.getpid(), 65), (os.getpid(), -1), (2 ** 22 + 12345, signal.SIGUSR1)):
    try:
        os.kill(pid, sig)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
try:
    os.kill(os.getpid(), "x")
except TypeError as e:
    print("TypeError", e)
signal.signal(signal.SIGTERM, lambda s, f: print("SIGTERM handled"))
os.kill(os.getpid(), signal.SIGTERM)
print("done")

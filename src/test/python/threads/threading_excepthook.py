# An exception in a thread is reported by threading.excepthook ("Exception in thread
# NAME:" and the traceback on stderr); the thread ends, the program goes on. A custom
# excepthook receives the exception and the thread; SystemExit is silent.
import io
import sys
import threading


def boom():
    raise KeyError("k")


captured = io.StringIO()
real_stderr = sys.stderr
sys.stderr = captured
t = threading.Thread(target=boom, name="Boomer")
t.start()
t.join()
threading.Thread(target=sys.exit, args=(3,)).start()
sys.stderr = real_stderr
text = captured.getvalue()
assert text.startswith("Exception in thread Boomer:\nTraceback (most recent call last):\n"), text
assert text.endswith("KeyError: 'k'\n"), text
assert text.count("Exception in thread") == 1, text
print("default excepthook output checked; still running")

seen = []
threading.excepthook = lambda args: seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=boom, name="Custom")
t.start()
t.join()
print(seen, t.is_alive())

# With SIG_DFL, SIGINT ends the process at once (status 130 in a shell), without a traceback.
import signal

signal.signal(signal.SIGINT, signal.SIG_DFL)
print("before", flush=True)
signal.raise_signal(signal.SIGINT)
print("not reached")

# After an uncaught exception the traceback comes first, then the callbacks run; the
# exit status stays 1.
import atexit

atexit.register(print, "callback after the traceback", flush=True)
raise RuntimeError("uncaught")

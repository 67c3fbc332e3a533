# atexit._run_exitfuncs runs and forgets the callbacks; _clear drops them; callbacks
# also run after sys.exit (SystemExit inside a callback is only reported).
import atexit
import sys

atexit.register(print, "a")
atexit.register(print, "b")
before = atexit._ncallbacks()
atexit._run_exitfuncs()
print(atexit._ncallbacks())
atexit.register(print, "dropped")
atexit._clear()
print(atexit._ncallbacks())


class Exiter:
    def __call__(self):
        sys.exit(3)

    def __repr__(self):
        return "<Exiter>"


atexit.register(print, "runs despite sys.exit")
atexit.register(Exiter())
sys.exit(4)

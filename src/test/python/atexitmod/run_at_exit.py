# atexit: callbacks run last-first after the main program and after non-daemon threads;
# arguments are passed; unregister removes every registration of a function; an
# exception in one is reported and the others still run.
import atexit
import threading
import time


class Callback:
    def __init__(self, name):
        self.name = name

    def __call__(self, *args, **kwargs):
        print("callback", self.name, args, kwargs)

    def __repr__(self):
        return "<Callback %s>" % self.name


class Failing:
    def __call__(self):
        raise KeyError("from a callback")

    def __repr__(self):
        return "<Failing>"


first = Callback("first")
print(atexit.register(first, 1, key="v") is first)
atexit.register(Failing())
atexit.register(Callback("last"))
removed = Callback("removed")
atexit.register(removed)
atexit.register(removed)
n = atexit._ncallbacks()
atexit.unregister(removed)
atexit.unregister(Callback("never registered"))


@atexit.register
def decorated():
    print("decorated runs first")


def worker():
    time.sleep(0.3)
    print("thread finished before the callbacks")


threading.Thread(target=worker).start()
for bad in (lambda: atexit.register(), lambda: atexit.register(1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(atexit.__doc__.splitlines()[0])
print("end of main program")

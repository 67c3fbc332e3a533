# sys.exc_info() is per thread: it reports the exception that the CALLING thread is
# handling, whatever other threads are doing. The interpreter keeps it in each
# thread's own state (with the current frame and the recursion depth), so a thread
# switch in the middle of an except block cannot mix one thread's exception up with
# another's. Events make the threads take their steps in a fixed order.
import sys
import threading

a_handling = threading.Event()
b_handled = threading.Event()
seen = []


def name_of(info):
    return info[0].__name__ if info[0] else "nothing"


def thread_a():
    try:
        raise ValueError("raised in A")
    except ValueError:
        a_handling.set()                 # B may go now, while A is inside except
        b_handled.wait()
        seen.append("A, after B's handler ran, still handles: " + name_of(sys.exc_info()))
    seen.append("A, after its except block: " + name_of(sys.exc_info()))


def thread_b():
    a_handling.wait()
    seen.append("B, before raising anything: " + name_of(sys.exc_info()))
    try:
        {}["missing"]
    except KeyError:
        seen.append("B handles: " + name_of(sys.exc_info()))
    b_handled.set()


try:
    1 / 0
except ZeroDivisionError:
    a = threading.Thread(target=thread_a)
    b = threading.Thread(target=thread_b)
    a.start()
    b.start()
    a.join()
    b.join()
    seen.append("main, meanwhile, handles: " + name_of(sys.exc_info()))
seen.append("main, after its except block: " + name_of(sys.exc_info()))
print("\n".join(seen))

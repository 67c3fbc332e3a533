# gilpy's switch interval: at a check point the GIL goes to the longest waiting thread
# only if it has waited at least this long. gilpy's default is 0: hand over at the next
# check point (every 100 instructions), as CPython 2 did -- except that a CPU-bound
# thread that gave the GIL up gets it back only after a 20 us minimum slice of the
# other (docs/threads.md; -X minslice=0 drops it). sys.setswitchinterval(0.005)
# gives CPython 3's timing: a CPU-bound thread keeps the GIL for 5 ms at a time.
# (`./gilpy -X switchinterval=0.005 prog.py` sets it for a whole program.)
#
# Two CPU-bound threads spin for 0.3 s; each counts its own steps, and counts a switch
# whenever it finds that the other thread ran since it last looked.
import sys
import threading
import time


def spin_for(interval, seconds=0.3):
    """(switches per second, steps of each thread) for two threads spinning at interval."""
    sys.setswitchinterval(interval)
    state = {"last": None, "switches": 0, "stop": False, "a": 0, "b": 0}

    def spin(me):
        while not state["stop"]:
            state[me] += 1
            if state["last"] != me:      # the other thread ran since we last looked
                state["last"] = me
                state["switches"] += 1

    pair = [threading.Thread(target=spin, args=(name,)) for name in "ab"]
    start = time.perf_counter()
    for t in pair:
        t.start()
    time.sleep(seconds)
    state["stop"] = True
    for t in pair:
        t.join()
    return state["switches"] / (time.perf_counter() - start), (state["a"], state["b"])


default = sys.getswitchinterval()
print("default switch interval:", default)
try:
    eager, steps = spin_for(0)
except ValueError:                       # CPython 3 wants a positive interval
    eager, steps = spin_for(1e-6)
patient, _ = spin_for(0.005)
sys.setswitchinterval(default)
if "-v" in sys.argv:
    print("switches per second: %d at interval 0, %d at 0.005" % (eager, patient))
# Both threads got the GIL again and again ...
assert min(steps) > 0 and eager > 2, (eager, steps)
print("at 0 s: both threads got turns")
# ... but at 0.005 a thread gets it only after waiting 5 ms: at most 200 switches a
# second (a little slack for starting and stopping the threads).
assert patient <= 250, patient
print("at 0.005 s: no more than 200 switches a second")

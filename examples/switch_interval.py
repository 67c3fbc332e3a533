# gilpy's switch interval: at a check point the GIL goes to the longest waiting thread
# only if it has waited at least this long. gilpy's default is 0: hand over at every
# check point (every 100 instructions), as CPython 2 did. sys.setswitchinterval(0.005)
# gives CPython 3's timing: a CPU-bound thread keeps the GIL for 5 ms at a time.
# (`./gilpy -X switchinterval=0.005 prog.py` sets it for a whole program.)
#
# Two CPU-bound threads spin for 0.3 s; each notes when it finds the other ran last.
import sys
import threading
import time


def switches_per_second(interval, seconds=0.3):
    sys.setswitchinterval(interval)
    state = {"last": None, "switches": 0, "stop": False}

    def spin(me):
        while not state["stop"]:
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
    return state["switches"] / (time.perf_counter() - start)


default = sys.getswitchinterval()
print("default switch interval:", default)
try:
    eager = switches_per_second(0)
except ValueError:                       # CPython 3 wants a positive interval
    eager = switches_per_second(1e-6)
patient = switches_per_second(0.005)
sys.setswitchinterval(default)
if "-v" in sys.argv:
    print("switches per second: %d at interval 0, %d at 0.005" % (eager, patient))
# At 0.005 a thread gets the GIL only after waiting 5 ms: at most 200 switches a
# second (a little slack for starting and stopping the threads).
assert patient <= 250, patient
print("at 0.005 s: no more than 200 switches a second")
if eager > 5 * patient:
    print("at 0 s: more than five times as many")
else:
    print("at 0 s: not much more often")

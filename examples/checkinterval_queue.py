# The check interval decides how long a thread runs before it offers the GIL to a
# waiting thread. Three threads each put their name into a Queue five times:
#
#  1. interval 100000, no extra work: every thread's whole job is far shorter than the
#     interval, so each runs to the end before the next one starts; the queue holds
#     T0 T0 T0 T0 T0 T1 ... in order.
#  2. interval 10, 150000 loop steps of extra work before each put: over a job that
#     long, each thread offers the GIL to the others at every 10th instruction, so the
#     names from different threads interleave.
#
# In run 2 the threads wait for a start flag by spinning, not by blocking: a thread
# that spins stays queued for the GIL, so all three are competing when the race
# begins (a thread woken from a blocking wait joins the race only when the operating
# system gets round to it). Python 2 style; gilpy runs it unchanged.
import sys
import threading
from Queue import Queue


def job(q, extra, go):
    name = threading.current_thread().name
    while not go[0]:
        pass
    for i in range(5):
        for j in range(extra):
            pass
        q.put(name)


def run(interval, extra, start_together):
    sys.setcheckinterval(interval)
    q = Queue()
    go = [not start_together]
    threads = [threading.Thread(target=job, name='T%d' % i, args=(q, extra, go))
               for i in range(3)]
    for t in threads:
        t.start()
    go[0] = True
    for t in threads:
        t.join()
    names = []
    while not q.empty():
        names.append(q.get())
    assert sorted(names) == ['T0'] * 5 + ['T1'] * 5 + ['T2'] * 5, names
    return names


def runs(names):
    """How many stretches of one name: 3 when every thread ran its job in one go."""
    return 1 + len([i for i in range(1, len(names)) if names[i] != names[i - 1]])


names = run(100000, 0, False)
print 'interval 100000, no extra work:'
print ' '.join(names)
assert runs(names) == 3

names = run(10, 150000, True)
print 'interval 10, 150000 extra steps per item:'
if '-v' in sys.argv:
    print ' '.join(names)
# The exact order depends on timing; that the threads interleaved does not.
assert runs(names) > 3, names
print 'the threads interleaved (run with -v to see the order)'

# golden: 2.7
# Python 2's xrange in a classic threading program: workers sum slices of an xrange.
import threading
from Queue import Queue

results = Queue()

def worker(lo, hi):
    total = 0
    for i in xrange(lo, hi):
        total += i
    results.put((lo, total))

threads = [threading.Thread(target=worker, args=(k * 1000, (k + 1) * 1000)) for k in xrange(4)]
for t in threads:
    t.setDaemon(False)
    t.start()
for t in threads:
    t.join()
parts = sorted(results.get() for _ in xrange(4))
print parts
print sum(total for lo, total in parts) == sum(xrange(4000)), len(xrange(10)), list(xrange(10, 0, -3))
print 7 in xrange(0, 10, 7), xrange(5)[-1]

# golden: 2.7
# A classic Python 2 threading program: the print statement, Queue, setDaemon, camelCase.
import threading
import time
from Queue import Queue

jobs = Queue()
results = Queue()


def worker():
    while True:
        n = jobs.get()
        results.put((n, n * n))
        jobs.task_done()


for i in range(4):
    t = threading.Thread(target=worker)
    t.setDaemon(True)
    t.start()
for n in range(20):
    jobs.put(n)
jobs.join()
out = []
while not results.empty():
    out.append(results.get())
print sorted(out)[:5], len(out)
print threading.currentThread().getName(), threading.activeCount() >= 1

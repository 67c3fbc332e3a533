# queue.SimpleQueue with several getter and putter threads at a small check interval:
# every item comes out exactly once (two getters inside the FIFO's refill at once could
# find it empty: ThreadPoolExecutor's workers hit that).
import queue
import sys
import threading

sys.setcheckinterval(1) if hasattr(sys, 'setcheckinterval') else None
q = queue.SimpleQueue()
N, GETTERS, PUTTERS = 5000, 6, 2
got = []
lock = threading.Lock()


def getter():
    while True:
        item = q.get()
        if item is None:
            return
        with lock:
            got.append(item)


def putter(base):
    for i in range(N):
        q.put(base * N + i)


gs = [threading.Thread(target=getter) for _ in range(GETTERS)]
ps = [threading.Thread(target=putter, args=(b,)) for b in range(PUTTERS)]
for t in gs + ps:
    t.start()
for t in ps:
    t.join()
for _ in gs:
    q.put(None)
for t in gs:
    t.join()
assert sorted(got) == list(range(N * PUTTERS)), (len(got), N * PUTTERS)
print("every item came out once")

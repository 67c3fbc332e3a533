# queue: Queue/LifoQueue/PriorityQueue/SimpleQueue semantics and errors; then 4 producers
# and 4 consumers move 1,000,000 items through a bounded Queue and lose none.
import queue, threading, time
q = queue.Queue(maxsize=2)
q.put(1); q.put(2)
print(q.qsize(), q.full(), q.empty())
try: q.put(3, block=False)
except queue.Full: print("Full")
try: q.put(3, timeout=0.01)
except queue.Full: print("Full after timeout")
print(q.get(), q.get_nowait())
try: q.get_nowait()
except queue.Empty: print("Empty")
try: q.get(timeout=0.01)
except queue.Empty: print("Empty after timeout")
lq = queue.LifoQueue(); pq = queue.PriorityQueue(); sq = queue.SimpleQueue()
for x in [3, 1, 2]: lq.put(x); pq.put((x, str(x))); sq.put(x)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)], [sq.get() for _ in range(3)], sq.empty())
try: q.task_done()
except ValueError as e: print("ValueError", e)
try: q.get(timeout=-1)
except ValueError as e: print("ValueError", e)
# 4 producers, 4 consumers
N = 250000
q = queue.Queue(maxsize=100)
got = []
lock = threading.Lock()
def producer(base):
    for i in range(N):
        q.put(base + i)
def consumer():
    local = []
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        local.append(item)
        q.task_done()
    with lock:
        got.extend(local)
ps = [threading.Thread(target=producer, args=(k * N,)) for k in range(4)]
cs = [threading.Thread(target=consumer) for k in range(4)]
for t in ps + cs: t.start()
for t in ps: t.join()
for _ in cs: q.put(None)
q.join()
for t in cs: t.join()
assert sorted(got) == list(range(4 * N)), len(got)
print("moved", len(got), "items, none lost")

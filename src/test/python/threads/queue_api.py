# queue.Queue, LifoQueue, PriorityQueue and SimpleQueue on one thread, plus a bounded
# queue whose put waits for a consumer thread.
import queue
import threading
import time

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), len(q.queue))
print([q.get() for _ in range(3)])
q.put(5)
q.put_nowait(6)
print([q.get_nowait() for _ in range(4)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
start = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty after a timeout", time.monotonic() - start >= 0.05)
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

# FIFO order survives interleaved puts and gets
q = queue.Queue()
out = []
for i in range(100):
    q.put(i)
    if i % 3 == 0:
        out.append(q.get())
while not q.empty():
    out.append(q.get())
print(out == list(range(100)))

b = queue.Queue(maxsize=2)
b.put("a")
b.put("b")
print(b.full(), b.qsize())
try:
    b.put_nowait("c")
except queue.Full:
    print("Full")
try:
    b.put("c", timeout=0.01)
except queue.Full:
    print("Full after a timeout")
got = []
consumer = threading.Thread(target=lambda: [got.append(b.get()) for _ in range(5)])
consumer.start()
for item in "cde":
    b.put(item)  # waits while two items are queued
consumer.join()
print(got, b.empty())

lifo = queue.LifoQueue()
for i in range(4):
    lifo.put(i)
print([lifo.get() for _ in range(4)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (0, "z")]:
    pq.put(item)
print([pq.get() for _ in range(4)])

sq = queue.SimpleQueue()
sq.put(1)
sq.put(2)
print(sq.qsize(), sq.get(), sq.get(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")

# task_done and join
tq = queue.Queue()
for i in range(10):
    tq.put(i)
done = []


def worker():
    while True:
        item = tq.get()
        if item is None:
            tq.task_done()
            break
        done.append(item)
        tq.task_done()


w = threading.Thread(target=worker)
w.start()
tq.join()
tq.put(None)
w.join()
print(sorted(done), tq.unfinished_tasks)
try:
    tq.task_done()
except ValueError as e:
    print("ValueError:", e)

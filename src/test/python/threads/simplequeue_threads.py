# Many producers and consumers on one SimpleQueue: every item arrives exactly once.
import queue
import threading

q = queue.SimpleQueue()
PRODUCERS, CONSUMERS, N = 4, 4, 5000
seen = []
lock = threading.Lock()


def produce(p):
    for i in range(N):
        q.put((p, i))


def consume():
    mine = []
    while True:
        item = q.get()
        if item is None:
            break
        mine.append(item)
    with lock:
        seen.extend(mine)


consumers = [threading.Thread(target=consume) for _ in range(CONSUMERS)]
producers = [threading.Thread(target=produce, args=(p,)) for p in range(PRODUCERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
assert len(seen) == PRODUCERS * N, len(seen)
assert sorted(seen) == [(p, i) for p in range(PRODUCERS) for i in range(N)]
assert q.empty() and q.qsize() == 0
print("all", len(seen), "items arrived once")

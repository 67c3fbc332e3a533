# One deque hammered by 4 threads: two append, two popleft; nothing may be lost or
# duplicated (each append/popleft is atomic).
import threading
from collections import deque

N = 20000
d = deque()
taken = [[], []]
done = threading.Event()


def producer(base):
    for i in range(N):
        d.append(base + i)


def consumer(out):
    while True:
        try:
            out.append(d.popleft())
        except IndexError:
            if done.is_set() and not d:
                return


producers = [threading.Thread(target=producer, args=(k * N,)) for k in range(2)]
consumers = [threading.Thread(target=consumer, args=(taken[k],)) for k in range(2)]
for th in producers + consumers:
    th.start()
for th in producers:
    th.join()
done.set()
for th in consumers:
    th.join()
got = taken[0] + taken[1]
assert len(got) == 2 * N, len(got)
assert sorted(got) == list(range(2 * N))
for out in taken:
    # each producer's items come out in the order it appended them
    for k in range(2):
        mine = [x for x in out if k * N <= x < (k + 1) * N]
        assert mine == sorted(mine)
print('deque threads ok', len(got))

# maxlen under contention: the length never exceeds maxlen
b = deque(maxlen=10)


def filler():
    for i in range(N):
        b.append(i)
        b.appendleft(i)
        assert len(b) <= 10


ths = [threading.Thread(target=filler) for _ in range(4)]
for th in ths:
    th.start()
for th in ths:
    th.join()
print('bounded deque ok', len(b))

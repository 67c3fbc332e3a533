# queue.SimpleQueue is _queue.SimpleQueue (C in CPython, Java in gilpy): its API and errors.
import queue
import _queue
import threading
import weakref

print(queue.SimpleQueue is _queue.SimpleQueue, queue.Empty is _queue.Empty)
print(queue.SimpleQueue, queue.Empty, queue.Empty.__doc__)
print(queue.SimpleQueue.__doc__)
print(queue.SimpleQueue[int], queue.Queue[str], queue.LifoQueue[bytes])

q = queue.SimpleQueue()
print(q.empty(), q.qsize())
for item in (1, None, "two", (3,)):
    q.put(item)
q.put_nowait([4])
q.put(5, False, 10)
q.put(item=6, block=True, timeout=None)
print(q.empty(), q.qsize())
print([q.get() for _ in range(3)], q.get(False), q.get_nowait(), q.get(True, 0.5), q.get(timeout=1))
print(q.empty(), q.qsize())


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, repr(e))


attempt(q.get, False)
attempt(q.get_nowait)
attempt(q.get, timeout=0.01)
attempt(q.get, True, 0)
attempt(q.get, timeout=-1)
attempt(q.get, False, -1)     # the timeout is ignored when not blocking
attempt(q.get, True, "x")
attempt(q.get, True, 1e300)
attempt(q.get, 1, 2, 3)
attempt(q.get, x=1)
attempt(q.put)
attempt(q.put_nowait)
attempt(q.put_nowait, 1, block=True)
attempt(queue.SimpleQueue, 1)
attempt(queue.SimpleQueue, maxsize=1)


class Sub(queue.SimpleQueue):
    def put(self, item):
        super().put(item * 2)


s = Sub()
s.tag = "sub"
s.put(21)
print(s.get(), s.tag, Sub.__mro__)
r = weakref.ref(q)
print(r() is q)

# a getter blocked in get() is woken by a put from another thread
got = []
t = threading.Thread(target=lambda: got.append(q.get()))
t.start()
q.put("wake")
t.join()
print(got)

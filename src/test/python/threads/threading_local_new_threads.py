# A thread never sees the threading.local attributes of a thread that ended before it
# started, even when it runs on the same underlying thread or gets the same ident.
import _thread
import threading

data = threading.local()
data.x = "main"
seen = []


def setter(i):
    data.x = "thread %d" % i


def reader():
    seen.append(getattr(data, "x", None))


for i in range(50):
    for target, args in ((setter, (i,)), (reader, ())):
        t = threading.Thread(target=target, args=args)
        t.start()
        t.join()

done = _thread.allocate_lock()
done.acquire()


def bare():
    reader()
    done.release()


_thread.start_new_thread(bare, ())
done.acquire()


class Counter(threading.local):
    def __init__(self, start):
        self.n = start


c = Counter(10)
c.n += 1
results = []


def bump():
    c.n += 5
    results.append(c.n)


for _ in range(3):
    t = threading.Thread(target=bump)
    t.start()
    t.join()

assert seen == [None] * 51, seen
assert results == [15, 15, 15], results
print(data.x, c.n)
print("every new thread starts with fresh thread-local attributes")

# weak references made in other threads: gc.collect() clears them all and runs their callbacks
import gc
import threading
import weakref


class O:
    pass


got = []
refs = []
keep = []
lock = threading.Lock()


def work(i):
    o = O()
    with lock:
        refs.append(weakref.ref(o, lambda r: got.append(i)))
        refs.append(weakref.ref(o))
        if i % 2 == 0:
            keep.append(o)


threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()
print(sorted(got), sum(r() is not None for r in refs))
keep.clear()
gc.collect()
print(sorted(got), sum(r() is not None for r in refs))

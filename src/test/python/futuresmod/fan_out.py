# A ThreadPoolExecutor fan-out: many tasks, callbacks from worker threads, at most
# max_workers running at once, and an executor left open at exit (the interpreter stops
# its workers). Checks itself and prints fixed lines.
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

lock = threading.Lock()
running = 0
peak = 0
callbacks = []


def task(i):
    global running, peak
    with lock:
        running += 1
        peak = max(peak, running)
    total = sum(range(i * 100))
    with lock:
        running -= 1
    return i, total


ex = ThreadPoolExecutor(max_workers=4)
futures = [ex.submit(task, i) for i in range(400)]
for f in futures:
    f.add_done_callback(lambda fut: callbacks.append(fut.result()[0]))
results = dict(f.result() for f in as_completed(futures))
assert results == {i: sum(range(i * 100)) for i in range(400)}
assert 1 <= peak <= 4, peak
assert len(ex._threads) <= 4
print("fan-out results correct")

# Submitting from several threads at once.
def submitter(base):
    return [ex.submit(pow, base, k) for k in range(50)]


submitted = []
threads = [threading.Thread(target=lambda b=b: submitted.extend(submitter(b))) for b in range(2, 6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert sorted(f.result() for f in submitted) == sorted(b ** k for b in range(2, 6) for k in range(50))
assert sorted(callbacks) == list(range(400))
print("concurrent submitters correct")
# ex is not shut down: exit must still end the worker threads.

import _thread
import time

N_THREADS = 20
N_INCREMENTS = 500
counter = [0]
lock = _thread.allocate_lock()
done = _thread.allocate_lock()
finished = [0]


def work(n):
    for _ in range(n):
        with lock:
            value = counter[0]
            counter[0] = value + 1
    with lock:
        finished[0] += 1


for _ in range(N_THREADS):
    _thread.start_new_thread(work, (N_INCREMENTS,))
deadline = time.monotonic() + 60
while True:
    with lock:
        if finished[0] == N_THREADS:
            break
    assert time.monotonic() < deadline, "threads did not finish"
    time.sleep(0.001)
assert counter[0] == N_THREADS * N_INCREMENTS, counter[0]
print("counter reached", counter[0])

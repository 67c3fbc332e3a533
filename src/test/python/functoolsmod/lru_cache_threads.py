# lru_cache under several threads: the counts stay consistent and every result is right.
import threading
from functools import lru_cache

@lru_cache(maxsize=64)
def work(x):
    total = 0
    for i in range(50):
        total += i
    return x * x + total - total

errors = []
def worker(seed):
    try:
        for i in range(3000):
            x = (i * 7 + seed) % 100
            if work(x) != x * x:
                errors.append((x, work(x)))
    except Exception as e:
        errors.append(e)

threads = [threading.Thread(target=worker, args=(s,)) for s in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
info = work.cache_info()
assert not errors, errors[:3]
assert info.hits + info.misses == 6 * 3000, info
assert info.currsize <= 64, info
assert info.maxsize == 64
print("lru_cache threads ok")

@lru_cache(maxsize=None)
def slow(x):
    for i in range(200):
        pass
    return [x]
results = []
def reader():
    for i in range(500):
        results.append(slow(i % 20)[0] == i % 20)
threads = [threading.Thread(target=reader) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert all(results) and len(results) == 2000
assert slow.cache_info().currsize == 20
# once cached, every thread sees the one stored object
assert all(slow(i) is slow(i) for i in range(20))
print("unbounded threads ok")

slow.cache_clear()
def clearer():
    for i in range(200):
        slow.cache_clear()
        slow(i % 5)
threads = [threading.Thread(target=clearer) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert slow.cache_info().currsize <= 5
print("cache_clear threads ok")

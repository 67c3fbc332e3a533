"""ThreadPoolExecutor fan-out: many small tasks through submit, map and as_completed.

8 workers; 40000 submits of a small arithmetic task gathered with as_completed, then
map over 40000 items, then a two-level fan-out (tasks of a second pool that submit
tasks to the first and wait for them; on one pool they could deadlock). Exercises Future, the work queue, worker wake-ups and the GIL handoff between the
submitting thread and the workers. Checksum: sums of all results.
"""
import sys
from concurrent.futures import ThreadPoolExecutor, as_completed, wait

N = int(sys.argv[1]) if len(sys.argv) > 1 else 30000


def task(i):
    x = i
    for _ in range(10):
        x = (x * 1103515245 + 12345) % 2147483648
    return x % 1000


with ThreadPoolExecutor(max_workers=8) as ex:
    total1 = sum(f.result() for f in as_completed([ex.submit(task, i) for i in range(N)]))
    total2 = sum(ex.map(task, range(N)))

    def parent(k):
        fs = [ex.submit(task, k * 100 + j) for j in range(20)]
        return sum(f.result() for f in fs)

    with ThreadPoolExecutor(max_workers=4) as outer:
        parents = [outer.submit(parent, k) for k in range(N // 200)]
        done, not_done = wait(parents)
    assert not not_done
    total3 = sum(f.result() for f in parents)
print(total1, total2, total3)

# golden: 2.7
# Two CPU-bound threads: with a small check interval the GIL changes hands often and
# their output interleaves; with an interval larger than their work each runs to the end.
import sys
import thread
import time


def run_pair(interval):
    sys.setcheckinterval(interval)
    out = []
    lock = thread.allocate_lock()
    done = [0]
    ready = [0]
    go = thread.allocate_lock()
    go.acquire()

    def work(name):
        # both threads start working together, so the interleaving shows the GIL's
        # handoffs, not how long the main thread took to start the second thread
        with lock:
            ready[0] += 1
        go.acquire()
        go.release()
        for i in range(5):
            x = 0
            for k in range(100000):
                x += k
            out.append(name)
        with lock:
            done[0] += 1

    def wait_for(count, what):
        while True:
            with lock:
                if count[0] == 2:
                    return
            assert time.time() < deadline, "threads did not " + what
            time.sleep(0.001)

    thread.start_new_thread(work, ("a",))
    thread.start_new_thread(work, ("b",))
    deadline = time.time() + 120
    wait_for(ready, "start")
    go.release()
    wait_for(done, "finish")
    return "".join(out)


small = run_pair(10)
switches = sum(1 for i in range(1, len(small)) if small[i] != small[i - 1])
assert sorted(small) == list("aaaaabbbbb"), small
assert switches >= 3, "no interleaving with checkinterval 10: " + small
large = run_pair(100000000)
assert large in ("aaaaabbbbb", "bbbbbaaaaa"), "interleaved with a huge checkinterval: " + large
print "interleaved with a small check interval, sequential with a large one"

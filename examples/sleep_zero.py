# time.sleep(0) sleeps for no time at all, but it is a blocking call: the thread lets
# go of the GIL, and a thread waiting for the GIL gets it. That is how a CPU-bound
# thread can give way on purpose ("yield") instead of waiting to be interrupted.
#
# To see only voluntary switches, the check interval is made huge here (CPython 3 has
# no check interval; a huge switch interval does the same there). Two threads each
# append their letter to a log 1000 times; we count how often the log changes letter.
import sys
import threading
import time

if hasattr(sys, "setcheckinterval"):
    sys.setcheckinterval(10 ** 9)        # gilpy: no check point in this program
else:
    sys.setswitchinterval(1000)          # CPython 3: no forced switch in this program

N = 1000


def run(polite):
    log, ready = [], []

    def work(me):
        # First make sure both threads are running: spin, giving way, until the other
        # one has arrived. (A thread that is just starting may need a while.)
        ready.append(me)
        while len(ready) < 2:
            time.sleep(0)
        for _ in range(N):
            log.append(me)
            if polite:
                time.sleep(0)            # give the GIL to the other thread, if it waits

    pair = [threading.Thread(target=work, args=(letter,)) for letter in "ab"]
    for t in pair:
        t.start()
    for t in pair:
        t.join()
    assert sorted(log) == ["a"] * N + ["b"] * N
    return sum(1 for i in range(1, len(log)) if log[i] != log[i - 1])


greedy = run(polite=False)
polite = run(polite=True)
if "-v" in sys.argv:
    print("changes of letter: greedy %d, polite %d (at most %d)" % (greedy, polite, 2 * N - 1))
# Without sleep(0) nothing makes the running thread give the GIL up before it is done:
# one thread logs all its letters, then the other.
assert greedy == 1, greedy
print("without sleep(0): one thread ran to the end, then the other")
# With sleep(0) they take turns. How often exactly depends on timing (the thread that
# gave way must queue for the GIL again before the other one offers it back).
assert polite >= 2, polite
print("with sleep(0) after each step: the threads took turns")

# The loops of loops_one_thread.py, each in a thread of its own, with the low-level
# `thread` module (Python 2's name for _thread). Sleeping releases the GIL, so the
# loops sleep at the same time and the run takes about the LONGEST sleep, not the sum.
#
# `thread` has no join: the main thread hands each loop a lock it has acquired, the
# loop releases it when done, and the main thread waits by acquiring it again (a
# blocking acquire releases the GIL too). Without that wait, the main thread would end
# at once and take the loops with it: the process does not wait for `thread` threads.
import thread
import time

SLEEPS = [1.0, 0.5]
spans = {}                   # loop number -> (start, end), written by each loop


def loop(n, seconds, done):
    start = time.time()
    time.sleep(seconds)
    spans[n] = (start, time.time())
    done.release()           # tells the main thread: loop n has finished


def main():
    began = time.time()
    locks = []
    for n in range(len(SLEEPS)):
        done = thread.allocate_lock()
        done.acquire()
        locks.append(done)
        print 'starting loop', n, '(sleeps %s s)' % SLEEPS[n]
        thread.start_new_thread(loop, (n, SLEEPS[n], done))
    for done in locks:
        done.acquire()       # blocks until that loop releases it
    elapsed = time.time() - began

    for n in range(len(SLEEPS)):
        start, end = spans[n]
        assert end - start >= SLEEPS[n] - 0.01, (n, end - start)
    # The loops overlapped: the later one started before the earlier one ended ...
    assert spans[1][0] < spans[0][1]
    # ... so the whole run took about the longest sleep, well under the sum.
    assert max(SLEEPS) - 0.01 <= elapsed < sum(SLEEPS) - 0.1, elapsed
    print 'all done: the loops overlapped; the run took about %.1f s, not %.1f s' % (
        max(SLEEPS), sum(SLEEPS))


main()

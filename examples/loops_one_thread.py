# Two loops that each "work" by sleeping, run one after the other in the main thread:
# the second cannot begin until the first is over, so the whole run takes the SUM of
# the sleeps. Compare loops_thread_module.py and loops_threading.py, where the same
# loops overlap. Python 2 style (print statement); gilpy runs it unchanged.
import time

SLEEPS = [1.0, 0.5]          # seconds each loop sleeps; loop 0 is the longer one


def loop(n, seconds):
    print 'loop', n, 'starts, sleeping', seconds, 's'
    time.sleep(seconds)
    print 'loop', n, 'is done'


def main():
    began = time.time()
    for n in range(len(SLEEPS)):
        loop(n, SLEEPS[n])
    elapsed = time.time() - began
    # No clock times are printed (they change from run to run); the claim is checked.
    assert elapsed >= sum(SLEEPS) - 0.01, elapsed
    print 'all done: one thread took at least the sum of the sleeps (%.1f s)' % sum(SLEEPS)


main()

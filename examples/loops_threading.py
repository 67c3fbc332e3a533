# The sleeping loops again, now with `threading` (Python 3): a Thread subclass keeps
# what its loop returns, join() waits for each thread, and the main thread gathers the
# results. Sleeping releases the GIL, so the loops overlap and the run takes about the
# longest sleep instead of the sum of them.
import threading
import time

SLEEPS = [1.0, 0.6, 0.4]


class Loop(threading.Thread):
    """Runs one loop; after join(), .result holds what it returned."""

    def __init__(self, n, seconds):
        super().__init__(name="loop-%d" % n)
        self.seconds = seconds
        self.result = None

    def run(self):
        start = time.monotonic()
        time.sleep(self.seconds)
        self.result = (self.name, time.monotonic() - start)


def main():
    loops = [Loop(n, s) for n, s in enumerate(SLEEPS)]
    began = time.monotonic()
    for t in loops:
        t.start()
    for t in loops:
        t.join()
    elapsed = time.monotonic() - began

    for t in loops:
        name, slept = t.result
        assert slept >= t.seconds - 0.01, (name, slept)
        print("%s slept %.1f s" % (name, t.seconds))
    # Generous bounds: at least the longest sleep, clearly less than the sum.
    assert max(SLEEPS) - 0.01 <= elapsed < sum(SLEEPS) - 0.3, elapsed
    print("together: about %.1f s (the longest sleep), not %.1f s (the sum)"
          % (max(SLEEPS), sum(SLEEPS)))
    print("threads still alive:", threading.active_count() - 1)


main()

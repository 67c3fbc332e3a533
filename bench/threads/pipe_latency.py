"""Round-trip latency of a pipe echo between two threads while a third is CPU-bound (issue 3).

The main thread writes one byte into a pipe and reads the echo from a second pipe; an
echo thread copies bytes from the first pipe to the second. Meanwhile a third thread
runs a pure-bytecode loop, so a thread whose read completes may find the GIL held by a
CPU-bound thread (CPython 3 then makes it wait for its 5 ms switch interval: the
"convoy effect"). Metric: the median round trip in microseconds, at the interpreter's
default intervals. Target: <= 100 us. The detail line adds the mean, the 90th
percentile and how far the CPU-bound thread got, because a GIL can also keep latency
low by starving that thread.

Correctness: every echo must be the byte sent; the CPU-bound thread must have run.
Usage: pipe_latency.py [round trips]
"""

import os
import sys
import threading
import time

stop = [False]


def echo(rfd, wfd):
    while True:
        b = os.read(rfd, 1)
        if not b:
            break
        os.write(wfd, b)


def burn(progress):
    x = 1
    n = 0
    while not stop[0]:
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        n += 1
    progress.append(n)


def main():
    trips = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    to_echo_r, to_echo_w = os.pipe()
    back_r, back_w = os.pipe()
    echoer = threading.Thread(target=echo, args=(to_echo_r, back_w))
    progress = []
    burner = threading.Thread(target=burn, args=(progress,))
    echoer.start()
    burner.start()
    time.sleep(0.05)  # the CPU-bound thread is running before the first ping
    samples = []
    begin = time.perf_counter()
    for i in range(trips):
        sent = bytes([i % 256])
        start = time.perf_counter()
        os.write(to_echo_w, sent)
        got = os.read(back_r, 1)
        samples.append(time.perf_counter() - start)
        if got != sent:
            raise SystemExit("pipe_latency: sent %r, got %r back" % (sent, got))
    elapsed = time.perf_counter() - begin
    stop[0] = True
    os.close(to_echo_w)  # the echo thread reads end of file and returns
    echoer.join()
    burner.join()
    for fd in (to_echo_r, back_r, back_w):
        os.close(fd)
    if not progress or progress[0] <= 0:
        raise SystemExit("pipe_latency: the CPU-bound thread never ran")
    samples.sort()
    median = samples[len(samples) // 2]
    mean = sum(samples) / len(samples)
    print("%d round trips in %.3f s: min %.1f us, median %.1f us, mean %.1f us, 90th percentile %.1f us, "
          "max %.1f us; CPU-bound thread: %d iterations"
          % (trips, elapsed, samples[0] * 1e6, median * 1e6, mean * 1e6, samples[len(samples) * 9 // 10] * 1e6,
             samples[-1] * 1e6, progress[0]))
    print("METRIC pipe_echo_median_us %.1f" % (median * 1e6))


main()

"""Logging-heavy threaded workload: 4 threads log through one logger hierarchy.

Each thread logs records at mixed levels (a quarter are DEBUG and filtered out by the
logger level, some go through a Filter, some carry %-style arguments and `extra`) to a
StreamHandler writing into an in-memory stream with a format using threadName, name,
levelname and message. Exercises logging's locking, record creation and formatting under
thread switches. Checksum: line count, total length, and per-thread counts.
"""
import io
import logging
import sys
import threading

RECORDS = int(sys.argv[1]) if len(sys.argv) > 1 else 30000
THREADS = 4


class DropOdd(logging.Filter):
    def filter(self, record):
        return not (record.levelno == logging.WARNING and record.args and record.args[0] % 2)


stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(threadName)s %(name)s %(levelname)s %(message)s"))
root = logging.getLogger("bench")
root.setLevel(logging.INFO)
root.addHandler(handler)
root.propagate = False
handler.addFilter(DropOdd())


def work(n):
    log = logging.getLogger("bench.worker%d" % n)
    for i in range(RECORDS):
        kind = i % 4
        if kind == 0:
            log.debug("dropped %d", i)
        elif kind == 1:
            log.info("item %d of %s", i, "worker%d" % n)
        elif kind == 2:
            log.warning("%d warnings so far", i, extra={"user": n})
        else:
            log.error("error at %d: %r", i, (n, i))


threads = [threading.Thread(target=work, args=(n,), name="w%d" % n) for n in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
lines = stream.getvalue().splitlines()
per_thread = [sum(1 for line in lines if line.startswith("w%d " % n)) for n in range(THREADS)]
assert all(line.split(" ", 3)[2] in ("INFO", "WARNING", "ERROR") for line in lines)
print(len(lines), sum(len(line) for line in lines), per_thread)

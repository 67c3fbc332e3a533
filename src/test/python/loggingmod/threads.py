# 4 threads x 1000 records through one StreamHandler into one StringIO: every line whole,
# threadName is each thread's name, and per thread the records keep their order.
import io
import logging
import threading

THREADS, RECORDS = 4, 1000
buffer = io.StringIO()
handler = logging.StreamHandler(buffer)
handler.setFormatter(logging.Formatter("%(threadName)s|%(name)s|%(levelname)s|%(message)s"))
logger = logging.getLogger("load")
logger.addHandler(handler)
logger.setLevel(logging.INFO)
logger.propagate = False
start = threading.Barrier(THREADS)


def worker(n):
    start.wait()
    child = logger.getChild("w%d" % n)
    for i in range(RECORDS):
        child.info("record %d from worker %d %s", i, n, "x" * (i % 7))


threads = [threading.Thread(target=worker, args=(n,)) for n in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

lines = buffer.getvalue().split("\n")
assert lines[-1] == "", lines[-1]
lines = lines[:-1]
assert len(lines) == THREADS * RECORDS, len(lines)
next_index = {}
for line in lines:
    thread_name, name, level, message = line.split("|")
    words = message.split(" ")
    i, n = int(words[1]), int(words[4])
    assert thread_name == "Thread-%d (worker)" % (n + 1), line
    assert name == "load.w%d" % n and level == "INFO", line
    assert words[5] == "x" * (i % 7), line
    assert next_index.get(n, 0) == i, line
    next_index[n] = i + 1
assert next_index == {n: RECORDS for n in range(THREADS)}
print("all", len(lines), "lines intact and in order per thread")

# the main thread and a named thread
handler.setStream(io.StringIO())
main_name = []
t = threading.Thread(target=lambda: logger.warning("named"), name="custom-name")
t.start()
t.join()
logger.warning("main")
print(handler.stream.getvalue(), end="")

# logging.handlers: BufferingHandler, MemoryHandler, QueueHandler and QueueListener.
import logging
import logging.handlers
import queue
import sys
import threading

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log = logging.getLogger("mem")
log.propagate = False
log.setLevel(logging.DEBUG)

buffering = logging.handlers.BufferingHandler(3)
log.addHandler(buffering)
log.info("one")
log.info("two")
print([r.msg for r in buffering.buffer], buffering.shouldFlush(None))
log.info("three")
print(buffering.buffer)
log.info("kept")
buffering.close()
print(buffering.buffer)
log.removeHandler(buffering)

memory = logging.handlers.MemoryHandler(4, flushLevel=logging.ERROR, target=out)
log.addHandler(memory)
log.debug("held 1")
log.info("held 2")
print("nothing flushed yet", len(memory.buffer))
log.error("error flushes")
for i in range(5):
    log.info("capacity %d", i)
print("one left", len(memory.buffer))
memory.setTarget(None)
log.critical("no target: kept")
print(len(memory.buffer))
memory.setTarget(out)
memory.close()
print(memory.target, memory.buffer)
log.removeHandler(memory)
quiet = logging.handlers.MemoryHandler(10, target=out, flushOnClose=False)
log.addHandler(quiet)
log.info("never flushed")
quiet.close()
log.removeHandler(quiet)

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
log.addHandler(qh)
log.warning("queued %s", "arg")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("with exc_info")
record = q.get_nowait()
print(record.msg, record.args, record.message, record.levelname, record.name)
record = q.get_nowait()
print(record.exc_info, record.exc_text, record.msg.splitlines()[0], record.msg.splitlines()[-1])

listener = logging.handlers.QueueListener(q, out)
listener.start()
for i in range(3):
    log.info("through the listener %d", i)
listener.stop()
print(listener._thread)

errors_only = logging.StreamHandler(sys.stdout)
errors_only.setLevel(logging.ERROR)
errors_only.setFormatter(logging.Formatter("errors_only: %(message)s"))
listener = logging.handlers.QueueListener(q, out, errors_only, respect_handler_level=True)
listener.start()
log.info("info")
log.error("error")
listener.stop()


# several threads through one QueueHandler
class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


collect = Collect()
listener = logging.handlers.QueueListener(q, collect)
listener.start()


def worker(n):
    for i in range(200):
        log.info("w%d-%d", n, i)


threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
listener.stop()
print(len(collect.messages), sorted(collect.messages) == sorted("w%d-%d" % (n, i) for n in range(4) for i in range(200)))

# Handler, StreamHandler, FileHandler, NullHandler: locks, names, levels, reprs, errors.
import io
import logging
import os
import sys

h = logging.Handler()
print(h, h.level, h.formatter, h.name, h.get_name(), type(h.lock).__name__)
h.acquire()
h.acquire()
h.release()
h.release()
h.setLevel("ERROR")
print(h, h.level)
try:
    h.emit(logging.makeLogRecord({}))
except NotImplementedError as e:
    print("NotImplementedError", e)
h.name = "named"
print(h.name, logging._handlers["named"] is h)
h.close()
print("named" in logging._handlers)
try:
    h.setLevel("BOGUS")
except ValueError as e:
    print(e)

s = logging.StreamHandler(sys.stdout)
print(s, s.terminator, s.stream is sys.stdout)
s.terminator = " <end>\n"
log = logging.getLogger("h")
log.propagate = False
log.addHandler(s)
log.warning("custom terminator")
sio = io.StringIO()
print(s.setStream(sio) is sys.stdout, s.setStream(sio))
log.warning("into StringIO")
print(repr(sio.getvalue()), logging.StreamHandler(sio))
s.setStream(sys.stdout)
s.terminator = "\n"
log.removeHandler(s)
print(logging.StreamHandler[int])


class Named(io.StringIO):
    name = "<named stream>"


print(logging.StreamHandler(Named()))
print(logging.StreamHandler())

n = logging.NullHandler()
print(n, n.lock, n.handle(logging.makeLogRecord({})), n.emit(None))
n.createLock()
log.addHandler(n)
log.warning("null handler adds nothing")

name = "handlers_test.log"
f = logging.FileHandler(name, mode="w", delay=True)
print(f.stream, os.path.exists(name) if hasattr(os, "path") else False, f.mode, f.delay, f.baseFilename.endswith("/" + name))
f.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(f)
log.error("first line")
print(f.stream is not None)
log.error("second line")
f.close()
print(f.stream)
log.error("after close, mode w: not reopened")
log.removeHandler(f)
with open(name) as fh:
    print(repr(fh.read()))
f = logging.FileHandler(name)
log.addHandler(f)
log.error("appended")
f.close()
log.removeHandler(f)
with open(name) as fh:
    print(repr(fh.read()))
os.remove(name)
print(repr(logging.FileHandler.__init__.__defaults__))

# handleError: with raiseExceptions off nothing is printed; a subclass can take over


class Reporting(logging.StreamHandler):
    def handleError(self, record):
        print("handleError:", sys.exc_info()[0].__name__, record.msg, record.args)


r = Reporting(sys.stdout)
log.addHandler(r)
log.warning("bad %d format", "x")
log.removeHandler(r)
logging.raiseExceptions = False
log.warning("silent %d", "y")
logging.raiseExceptions = True


class Broken:
    def write(self, text):
        raise OSError("disk full")


b = logging.StreamHandler(Broken())
b.handleError = lambda record: print("broken stream:", sys.exc_info()[1])
log.addHandler(b)
log.warning("to a broken stream")
log.removeHandler(b)

# Filterer on handlers, and handle()'s result
lh = logging.StreamHandler(sys.stdout)
lh.addFilter(lambda record: record.levelno > logging.WARNING)
lh.addFilter(lh.filters[0])
print(len(lh.filters))
print(lh.handle(logging.makeLogRecord({"msg": "dropped", "levelno": 30})))
print(lh.handle(logging.makeLogRecord({"msg": "kept", "levelno": 40})))
lh.removeFilter(lh.filters[0])
lh.removeFilter("absent")
print(lh.filters)

adapter = logging.LoggerAdapter(log, {"ip": "10.0.0.1"})
log.addHandler(s)
s.setFormatter(logging.Formatter("%(ip)s %(levelname)s %(message)s"))
adapter.info("info is below the effective level")
adapter.warning("adapter warning")
adapter.error("adapter %s", "error")
adapter.critical("adapter critical")
adapter.log(logging.ERROR, "adapter log")
try:
    1 / 0
except ZeroDivisionError:
    adapter.exception("adapter exception")


class Prefixing(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["ip"], msg), kwargs


s.setFormatter(logging.Formatter("%(message)s"))
Prefixing(log, {"ip": "1.2.3.4"}).warning("processed")
print(adapter, adapter.name, adapter.isEnabledFor(logging.INFO), adapter.getEffectiveLevel(), adapter.hasHandlers())
adapter.setLevel(logging.INFO)
adapter.info("now enabled")
print(adapter.manager is logging.Logger.manager, logging.LoggerAdapter[int])

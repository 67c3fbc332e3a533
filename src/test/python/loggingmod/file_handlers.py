# logging.handlers.RotatingFileHandler (size, backups, namer, rotator) and WatchedFileHandler.
import logging
import logging.handlers
import os

base = "rotating_test.log"


def cleanup():
    for name in sorted(os.listdir(".")):
        if name.startswith(base) or name.startswith("watched_test"):
            os.remove(name)


def show():
    for name in sorted(n for n in os.listdir(".") if n.startswith(base)):
        with open(name) as f:
            print(name, repr(f.read()))


cleanup()
log = logging.getLogger("rot")
log.propagate = False
h = logging.handlers.RotatingFileHandler(base, maxBytes=40, backupCount=2)
h.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(h)
print(h.mode, h.maxBytes, h.backupCount, h.baseFilename == os.path.abspath(base), h.namer, h.rotator)
for i in range(8):
    log.warning("record number %d", i)
h.close()
log.removeHandler(h)
show()
cleanup()

h = logging.handlers.RotatingFileHandler(base, mode="w", maxBytes=0, backupCount=3)
print(h.mode, h.shouldRollover(logging.makeLogRecord({"msg": "x" * 1000})))
h.close()
cleanup()

h = logging.handlers.RotatingFileHandler(base, maxBytes=30, backupCount=1, delay=True)
h.namer = lambda name: name + ".bak"
moves = []


def rotator(source, dest):
    moves.append((os.path.basename(source), os.path.basename(dest)))
    os.rename(source, dest)


h.rotator = rotator
print(h.stream)
log.addHandler(h)
for i in range(4):
    log.warning("named backup %d", i)
h.close()
log.removeHandler(h)
print(moves)
show()
cleanup()

h = logging.handlers.RotatingFileHandler(base, backupCount=0, maxBytes=20)
log.addHandler(h)
log.warning("no backups kept: 1")
log.warning("no backups kept: 2")
h.close()
log.removeHandler(h)
show()
cleanup()

w = logging.handlers.WatchedFileHandler("watched_test.log")
w.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(w)
log.warning("before the move")
os.rename("watched_test.log", "watched_test.log.old")
log.warning("after the move: a new file")
os.remove("watched_test.log")
log.warning("after removal: a new file again")
w.close()
for name in ["watched_test.log", "watched_test.log.old"]:
    with open(name) as f:
        print(name, repr(f.read()))
cleanup()
print(sorted(n for n in os.listdir(".") if n.endswith(".log")))

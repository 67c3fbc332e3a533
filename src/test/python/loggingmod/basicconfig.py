# basicConfig's arguments, the module-level functions, lastResort and shutdown.
import io
import logging
import os
import sys

logging.warning("before any configuration goes to lastResort? no: basicConfig runs first")
print(len(logging.root.handlers), logging.root.handlers[0].stream is sys.stderr)
print(logging.root.handlers[0].formatter._fmt)
logging.basicConfig(stream=sys.stdout, format="ignored")       # root has a handler already
logging.error("still the first handler")
logging.basicConfig(stream=sys.stdout, format="%(levelname)s-%(message)s", level="DEBUG", force=True)
logging.debug("debug %s", "shown")
logging.info("info")
logging.warning("warning")
logging.error("error")
logging.critical("critical")
logging.fatal("fatal")
logging.log(25, "log %d", 25)
try:
    raise ValueError("bad")
except ValueError:
    logging.exception("exception")
print(logging.root.level, len(logging.root.handlers))

logging.basicConfig(stream=sys.stdout, format="{levelname}:{message}", style="{", force=True)
logging.warning("brace style")
logging.basicConfig(stream=sys.stdout, format="$levelname:$message", style="$", force=True)
logging.warning("dollar style")
logging.basicConfig(stream=sys.stdout, style="{", force=True)
logging.warning("default brace format")
logging.basicConfig(stream=sys.stdout, style="$", force=True)
logging.warning("default dollar format")
logging.basicConfig(stream=sys.stdout, format="%(asctime)s|%(message)s", datefmt="[fixed]", force=True)
logging.warning("datefmt")

name = "basicconfig_test.log"
logging.basicConfig(filename=name, filemode="w", format="%(name)s %(message)s", force=True, encoding="utf-8")
logging.warning("to the file é")
logging.getLogger("child").error("child record")
handler = logging.root.handlers[0]
print(type(handler).__name__, handler.mode, handler.encoding, handler.errors, handler.baseFilename.endswith("/" + name))
logging.basicConfig(filename=name, filemode="a", force=True)
logging.warning("appended")
logging.root.handlers[0].close()
with open(name, encoding="utf-8") as f:
    print(f.read(), end="")
os.remove(name)

buffer = io.StringIO()
custom = logging.StreamHandler(buffer)
custom.setFormatter(logging.Formatter("custom: %(message)s"))
plain = logging.StreamHandler(sys.stdout)
logging.basicConfig(handlers=[custom, plain], format="%(levelname)s %(message)s", force=True)
logging.warning("two handlers")
print(repr(buffer.getvalue()))

for kwargs in [dict(stream=sys.stdout, filename="x.log"), dict(handlers=[], stream=sys.stdout),
               dict(handlers=[], filename="x.log"), dict(style="?"), dict(format="bad"),
               dict(stream=sys.stdout, colour=True, size=3)]:
    try:
        logging.basicConfig(force=True, **kwargs)
    except ValueError as e:
        print("ValueError", e)
print(len(logging.root.handlers))

# with no handlers at all, records at WARNING and above go to lastResort (stderr)
logging.root.handlers.clear()
logging.root.setLevel(logging.DEBUG)
lonely = logging.getLogger("lonely")
lonely.info("info is below lastResort's level")
lonely.warning("lastResort prints just the message")
print(logging.lastResort, logging.lastResort.level)
saved = logging.lastResort
logging.lastResort = None
lonely.error("no handler at all")
lonely.error("said once")
logging.lastResort = saved
logging.raiseExceptions = True


class Counting(logging.Handler):
    def __init__(self):
        super().__init__()
        self.seen = []

    def emit(self, record):
        self.seen.append(self.format(record))

    def flush(self):
        if verbose:
            print("flush", self.name)

    def close(self):
        if verbose:
            print("close", self.name)
        super().close()


verbose = True


first = Counting()
first.name = "first"
second = Counting()
second.name = "second"
lonely.addHandler(first)
lonely.addHandler(second)
lonely.warning("counted")
print(first.seen, second.seen)
logging.shutdown([lambda: first, lambda: None, lambda: second])
print(logging.getLevelName(logging.WARN), logging.WARN, logging.FATAL)
verbose = False     # logging.shutdown runs again at exit (loggingmod/shutdown_at_exit.py)

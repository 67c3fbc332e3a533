# logging.shutdown() runs at exit (through atexit): handlers are flushed and closed, newest first.
import logging
import sys


class Noisy(logging.StreamHandler):
    def flush(self):
        sys.stdout.write("flush %s\n" % self.name)
        super().flush()

    def close(self):
        sys.stdout.write("close %s\n" % self.name)
        super().close()


for name in ["one", "two"]:
    h = Noisy(sys.stdout)
    h.name = name
    logging.getLogger("app").addHandler(h)
logging.getLogger("app").warning("logged")
print("end of program")

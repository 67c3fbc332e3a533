# sys.tracebacklimit keeps only the innermost entries.
import sys

sys.tracebacklimit = 1


def outer():
    inner()


def inner():
    raise RuntimeError("deep")


outer()

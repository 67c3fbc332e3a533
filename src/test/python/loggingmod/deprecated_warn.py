# Logger.warn, logging.warn and LoggerAdapter.warn still log, with a DeprecationWarning blamed on the caller.
import logging
import sys

logging.basicConfig(stream=sys.stdout)
lg = logging.getLogger("x")
lg.warn("old")
logging.warn("old2")
logging.LoggerAdapter(lg, {}).warn("old3")


def f():
    lg.warn("in func")


f()

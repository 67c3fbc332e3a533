# Logger hierarchy, levels, handlers, propagation, filters, extra, exc_info, stack_info, stacklevel.
import logging
import sys

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(funcName)s|%(lineno)d|%(module)s|%(filename)s|%(message)s"))
root = logging.getLogger()
print(root, logging.getLogger("root") is root, logging.getLogger("") is root, logging.getLogger(None) is root)
root.addHandler(out)
a = logging.getLogger("a")
ab = logging.getLogger("a.b")
abc = logging.getLogger("a.b.c")
print(abc.parent is ab, ab.parent is a, a.parent is root, a.getChild("b") is ab, ab.getChild("c.d").name)
print(a, ab, abc.getEffectiveLevel(), root.level)
x_y = logging.getLogger("x.y")
print(type(logging.Logger.manager.loggerDict["x"]).__name__)
x = logging.getLogger("x")
print(x_y.parent is x, type(logging.Logger.manager.loggerDict["x"]).__name__)

abc.info("not shown")
abc.warning("shown %s %d", "once", 1)
a.setLevel(logging.DEBUG)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG), root.isEnabledFor(logging.DEBUG))
abc.debug("debug %(k)s", {"k": "mapping"})
abc.log(15, "custom level")
logging.addLevelName(15, "VERBOSE")
abc.log(15, "named level")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"), logging.getLevelName(12), logging.getLevelName("nope"))
try:
    abc.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)
for bad in ["LOUD", 1.5, None]:
    try:
        a.setLevel(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a.setLevel("INFO")
print(a.level, logging.getLevelNamesMapping()["WARN"])


def func():
    ab.error("from func")
    ab.critical("critical")
    ab.fatal("fatal")


func()

# handler levels and propagation
mine = logging.StreamHandler(sys.stdout)
mine.setFormatter(logging.Formatter("  a-handler: %(message)s"))
mine.setLevel(logging.ERROR)
a.addHandler(mine)
abc.warning("warning reaches root only")
abc.error("error reaches both")
a.propagate = False
abc.error("not propagated past a")
a.propagate = True
print(a.hasHandlers(), logging.getLogger("zzz").hasHandlers())
a.removeHandler(mine)
a.removeHandler(mine)
abc.disabled = True
abc.error("disabled")
abc.disabled = False

# filters


class OnlyEven:
    def filter(self, record):
        return record.args[0] % 2 == 0


a.addFilter(OnlyEven())
for i in range(4):
    a.info("number %d", i)
a.filters.clear()
root.addFilter(logging.Filter("a.b"))
a.info("root filter applies only to root's own records")
root.info("rejected by root's filter")
root.filters.clear()
out.addFilter(lambda record: "secret" not in record.getMessage())
a.info("a secret")
a.info("public")
out.filters.clear()
f = logging.Filter("a.b")
for name in ["a.b", "a.b.c", "a.bc", "a", ""]:
    print(repr(name), f.filter(logging.makeLogRecord({"name": name})) if name else "-")
print(logging.Filter().filter(logging.makeLogRecord({"name": "anything"})))

# extra, exc_info, stack_info, stacklevel
fmt = logging.Formatter("%(levelname)s %(user)s %(message)s")
out.setFormatter(fmt)
a.info("with extra", extra={"user": "ann"})
for key in ["message", "asctime", "name"]:
    try:
        a.info("clash", extra={key: 1})
    except KeyError as e:
        print("KeyError", e)
out.setFormatter(logging.Formatter("%(levelname)s %(funcName)s:%(lineno)d %(message)s"))
try:
    1 / 0
except ZeroDivisionError as e:
    a.exception("exception()")
    a.error("exc_info=True", exc_info=True)
    a.error("exc_info=exception", exc_info=e)
    a.error("exc_info=tuple", exc_info=sys.exc_info())
    a.info("exc_info=False", exc_info=False)
a.exception("no exception being handled")


def helper(msg):
    a.info(msg, stacklevel=2)


def caller():
    helper("stacklevel 2 names the caller")
    a.info("stacklevel 1 names the current function")
    a.info("stacklevel 99 stops at the outermost frame", stacklevel=99)
    a.info("stack_info", stack_info=True)


caller()
print(a.findCaller()[1:3])

# disable
logging.disable(logging.WARNING)
a.warning("disabled warning")
a.error("error still shown")
logging.disable(logging.NOTSET)
a.warning("warning back")
logging.disable()
a.critical("critical disabled too")
logging.disable(0)
print(logging.root.manager.disable)

# logger classes


class MyLogger(logging.Logger):
    pass


logging.setLoggerClass(MyLogger)
print(type(logging.getLogger("mine")).__name__, logging.getLoggerClass().__name__, type(a).__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print(e)
try:
    logging.getLogger(3)
except TypeError as e:
    print(e)

# Formatter styles and validation, every LogRecord attribute, formatTime with a fixed clock.
import logging
import sys
import time

record = logging.LogRecord("app.db", logging.INFO, "/srv/app/db.py", 42, "query %s took %d ms",
                           ("select", 7), None, func="run")
record.created = 86400 * 365.25 * 30 + 0.1234
record.msecs = 123.0
record.relativeCreated = 5.5
record.thread = 1
record.process = 99
print(record)
print(record.name, record.levelname, record.levelno, record.pathname, record.filename, record.module,
      record.lineno, record.funcName, record.threadName, record.processName, record.exc_info,
      record.exc_text, record.stack_info, record.getMessage())
print(sorted(vars(record)))

fields = ["name", "levelname", "levelno", "pathname", "filename", "module", "lineno", "funcName",
          "created", "msecs", "relativeCreated", "thread", "threadName", "process", "processName",
          "message", "asctime"]
f = logging.Formatter("|".join("%%(%s)s" % k for k in fields))
f.converter = time.gmtime
print(f.usesTime(), f.format(record))
f = logging.Formatter("|".join("{%s}" % k for k in fields), style="{")
f.converter = time.gmtime
print(f.format(record))
f = logging.Formatter("|".join("$%s" % k for k in fields[:4]) + "|${message}|$$|${asctime}", style="$")
f.converter = time.gmtime
print(f.usesTime(), f.format(record))
f = logging.Formatter("%(asctime)s %(message)s", datefmt="%d/%m/%Y %H-%M")
f.converter = time.gmtime
print(f.format(record), f.datefmt, f._fmt)


class Millis(logging.Formatter):
    converter = time.gmtime
    default_time_format = "%H:%M:%S"
    default_msec_format = "%s.%03d"


print(Millis("%(asctime)s").format(record))
Millis.default_msec_format = None
print(Millis("%(asctime)s").format(record))
print(logging.Formatter("{levelname:>8}|{lineno:04d}|{name!r}", style="{").format(record))
print(logging.Formatter("%(levelname)-8s|%(lineno)5d|%(msecs)03d").format(record))
print(logging.Formatter().format(record), logging.Formatter()._fmt)
print(logging.Formatter(None, style="{")._fmt, logging.Formatter(style="$")._fmt)
print(logging.Formatter("%(missing)s %(message)s", defaults={"missing": "dflt"}).format(record))
print(logging.Formatter("{missing} {message}", style="{", defaults={"missing": "d2"}).format(record))
print(logging.Formatter("${missing} ${message}", style="$", defaults={"missing": "d3"}).format(record))
for style, fmt in [("%", "%(nosuch)s"), ("{", "{nosuch}"), ("$", "$nosuch")]:
    try:
        logging.Formatter(fmt, style=style).format(record)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)

for style, fmt in [("%", "abc"), ("%", "%(x)q"), ("%", "%(x)5.2f"), ("%", "%(x)-*.*d"), ("{", "abc"),
                   ("{", "{x!z}"), ("{", "{x:>>5}"), ("{", "{"), ("{", "{x"), ("{", "x}"), ("{", "{x.y}"),
                   ("{", "{x[0]}"), ("{", "{0}"), ("{", "{}"), ("{", "{x:q}"), ("{", "{x!rr}"),
                   ("{", "{{x}}"), ("$", "abc"), ("$", "$"), ("$", "$$ ${x}"), ("$", "${x"), ("$", "$1"),
                   ("&", "x")]:
    try:
        logging.Formatter(fmt, style=style)
        print(style, fmt, "ok")
    except ValueError as e:
        print(style, fmt, "ValueError", e)
print(logging.Formatter("no fields", validate=False).format(record))

# exceptions and stacks in records
try:
    {}["key"]
except KeyError:
    exc_record = logging.LogRecord("n", logging.ERROR, "p.py", 1, "failed", (), sys.exc_info())
f = logging.Formatter("%(levelname)s %(message)s")
text = f.format(exc_record)
print(text)
print(exc_record.exc_text == text.split("\n", 1)[1], repr(f.format(exc_record)[-20:]))
exc_record.stack_info = "Stack (most recent call last):\n  fake"
print(f.format(exc_record))
print(repr(f.formatException(exc_record.exc_info)[-15:]), f.formatStack("s"))


class Upper(logging.Formatter):
    def formatMessage(self, record):
        return super().formatMessage(record).upper()


print(Upper("%(message)s").format(record))

bf = logging.BufferingFormatter()
print(repr(bf.format([])), repr(bf.format([record, record])))


class Framed(logging.BufferingFormatter):
    def formatHeader(self, records):
        return "[%d records]\n" % len(records)

    def formatFooter(self, records):
        return "[end]"


print(Framed(logging.Formatter("- %(message)s\n")).format([record, exc_record]))

# records made by makeLogRecord and the record factory
r = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "custom": 1})
print(r.getMessage(), r.custom, r.levelname, r.name, r.lineno)
print(logging.LogRecord("n", 10, "dir/mod.name.py", 1, "%(a)s-%(b)s", ({"a": 1, "b": 2},), None).getMessage())
print(logging.LogRecord("n", 10, ".hidden", 1, "m", (), None).module)
print(logging.LogRecord("n", 10, "noext", 1, 123, (), None).getMessage())
old = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    rec = old(*args, **kwargs)
    rec.tag = "T"
    return rec


logging.setLogRecordFactory(factory)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(tag)s %(message)s"))
lg = logging.getLogger("factory")
lg.addHandler(h)
lg.warning("through the factory")
logging.setLogRecordFactory(old)
print(logging.getLogRecordFactory() is logging.LogRecord)

# extract_tb/extract_stack/format_stack/print_stack/walk_*, FrameSummary and StackSummary.
import sys
import traceback


def inner():
    return traceback.extract_stack()


def outer():
    return inner()


stack = outer()
for fs in stack:
    print(fs.filename, fs.lineno, fs.name, repr(fs.line), fs.locals, fs.end_lineno, fs.colno)
print(stack[-1] == ("stacks.py", 7, "inner", "return traceback.extract_stack()"))
print([tuple(fs) for fs in stack])


def show():
    traceback.print_stack(file=sys.stdout)
    print("".join(traceback.format_stack()), end="")
    print(len(traceback.format_stack(limit=1)), len(traceback.extract_stack(limit=2)))
    print([f.f_code.co_name for f, n in traceback.walk_stack(sys._getframe())])
    traceback.print_stack(sys._getframe().f_back, file=sys.stdout)


def middle():
    show()


middle()


def fail(depth):
    if depth:
        fail(depth - 1)
    x = {"k": depth}
    raise LookupError(x)


try:
    fail(2)
except LookupError as e:
    tb = e.__traceback__
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
    extracted = traceback.extract_tb(tb)
    print(type(extracted).__name__, len(extracted))
    for fs in extracted:
        print(repr(fs), fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, fs.line)
    print(traceback.extract_tb(tb, limit=2) == extracted[:2], traceback.extract_tb(tb, -1) == extracted[-1:])
    print(traceback.format_tb(tb) == extracted.format())
    traceback.print_tb(tb, file=sys.stdout)
    traceback.print_tb(tb, 2, sys.stdout)
    print("".join(traceback.format_list(extracted)), end="")
    traceback.print_list(extracted[1:], file=sys.stdout)
    locals_summary = traceback.StackSummary.extract(traceback.walk_tb(tb.tb_next), capture_locals=True)
    print("".join(locals_summary.format()), end="")
    print(locals_summary[-1].locals)
    te = traceback.TracebackException.from_exception(e, capture_locals=True, limit=-2)
    print("".join(te.format()), end="")

fs = traceback.FrameSummary("nofile.py", 3, "g", line="  x = 1  ")
print(repr(fs), repr(fs.line), len(fs), list(fs), fs[0], fs[-1], fs[1:3])
print(fs == ("nofile.py", 3, "g", "x = 1"), fs == ("nofile.py", 3, "g", "y"), fs != 3)
print(fs == traceback.FrameSummary("nofile.py", 3, "g", line="other"))
fs2 = traceback.FrameSummary("nofile.py", 3, "g", lookup_line=False)
print(repr(fs2.line), fs2._line)
fs3 = traceback.FrameSummary("stacks.py", 2, "h", locals={"a": 1, "b": "s"}, end_lineno=2, colno=0, end_colno=6)
print(fs3.line, fs3.locals, fs3.end_lineno, fs3.colno, fs3.end_colno)


class BadRepr:
    def __repr__(self):
        raise ValueError


try:
    traceback.FrameSummary("x.py", 1, "f", locals={"z": BadRepr()})
except ValueError:
    print("a failing repr of a local propagates")
summary = traceback.StackSummary.from_list([("a.py", 1, "f", "x = 1"), fs, ("b.py", 2, "<module>", None)])
print(type(summary).__name__, summary.format())
print(summary.format_frame_summary(fs3), end="")
rec = traceback.StackSummary.from_list([("r.py", 5, "rec", "rec()")] * 6 + [("r.py", 9, "end", None)] * 4)
print("".join(rec.format()), end="")


class MySummary(traceback.StackSummary):
    def format_frame_summary(self, frame_summary):
        return f"<{frame_summary.name}>\n"


print(MySummary.from_list([("a.py", 1, "f", "")]).format(), MySummary.extract(traceback.walk_stack(None)).format()[:0])


def recurse(n):
    if n == 0:
        raise ValueError("deep")
    recurse(n - 1)


try:
    recurse(30)
except ValueError:
    traceback.print_exc(file=sys.stdout)
    traceback.clear_frames(sys.exc_info()[2])
sys.tracebacklimit = 2
try:
    recurse(5)
except ValueError:
    traceback.print_exc(file=sys.stdout)
sys.tracebacklimit = -1
try:
    recurse(5)
except ValueError:
    traceback.print_exc(file=sys.stdout)
del sys.tracebacklimit
try:
    traceback.print_last()
except ValueError as e:
    print(e)
sys.last_type, sys.last_value, sys.last_traceback = ValueError, ValueError("last"), None
traceback.print_last(file=sys.stdout)

# TracebackException: attributes, from_exception, format/format_exception_only/print, equality.
import sys
import traceback


def boom():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise KeyError("k") from e


try:
    boom()
except KeyError as e:
    exc = e

te = traceback.TracebackException.from_exception(exc)
print(te.exc_type, str(te), te.__suppress_context__, te.__notes__, te.exceptions)
print(type(te.stack).__name__, [fs.name for fs in te.stack])
print(te.__cause__.exc_type, te.__cause__.__cause__, te.__context__)
print(list(te.format_exception_only()))
print("".join(te.format()), end="")
print("".join(te.format(chain=False)), end="")
te.print(file=sys.stdout)
te.print(file=sys.stdout, chain=False)
print(te == traceback.TracebackException.from_exception(exc), te == 3)
compact = traceback.TracebackException(type(exc), exc, exc.__traceback__, compact=True)
print(compact.__context__, compact.__cause__.exc_type)
short = traceback.TracebackException.from_exception(exc, limit=1, lookup_lines=False)
print([fs.name for fs in short.stack], [fs._line for fs in short.stack])
none = traceback.TracebackException(type(None), None, None)
print(list(none.format()), none.exc_type, none.__suppress_context__)
try:
    raise ValueError("suppressed") from None
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.__suppress_context__, te.__context__ is None)
    te = traceback.TracebackException.from_exception(e, compact=True)
    print(te.__context__)
se = SyntaxError("msg", ("file.py", 4, 3, "a b c\n", 4, 4))
te = traceback.TracebackException.from_exception(se)
print(repr(te.filename), repr(te.lineno), repr(te.end_lineno), repr(te.text), te.offset, te.end_offset, te.msg)
print(sorted(k for k in vars(te)))
print(sorted(k for k in vars(traceback.TracebackException.from_exception(ValueError()))))

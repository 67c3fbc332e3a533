# Chained exceptions: __cause__, __context__, suppression, chain=False, print_exception's forms.
import sys
import traceback


def fail(msg):
    raise KeyError(msg)


def cause():
    try:
        fail("inner")
    except KeyError as e:
        raise ValueError("outer") from e


def context():
    try:
        fail("first")
    except KeyError:
        {}["second"]


def suppressed():
    try:
        fail("hidden")
    except KeyError:
        raise TypeError("shown") from None


for f in (cause, context, suppressed):
    try:
        f()
    except Exception as e:
        traceback.print_exc(file=sys.stdout)
        print("-- chain=False")
        traceback.print_exception(e, chain=False, file=sys.stdout)
        print("-- three arguments")
        traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout)
        print(traceback.format_exception(e) == traceback.format_exception(type(e), e, e.__traceback__))
        print(len(traceback.format_exception(e)), repr(traceback.format_exception(e)[-1]))

# a cycle in the chain is shown once
a = ValueError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
traceback.print_exception(a, file=sys.stdout)

# errors in the arguments
for args in [(ValueError, ValueError("x")), (3,)]:
    try:
        traceback.format_exception(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(traceback.format_exception(None))
print(traceback.format_exception(None, None, None))
traceback.print_exc(file=sys.stdout)


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError


print(traceback.format_exception_only(BadStr()))
print(traceback.format_exception_only(ValueError, ValueError("two args")))
print(traceback.format_exception_only(ValueError("")))


class Mod(Exception):
    pass


Mod.__module__ = "pkg.mod"
print(traceback.format_exception_only(Mod("m")))
Mod.__module__ = None
print(traceback.format_exception_only(Mod("m")))

e = ValueError("with notes")
e.add_note("first note")
e.add_note("two\nlines")
print(traceback.format_exception_only(e))
e.__notes__ = "ab"
print(traceback.format_exception_only(e))
e.__notes__ = 42
print(traceback.format_exception_only(e))
cause()

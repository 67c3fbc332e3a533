# closing, suppress, redirect_stdout/stderr, nullcontext, AbstractContextManager.
import contextlib
import io
import sys
from contextlib import (closing, suppress, redirect_stdout, redirect_stderr, nullcontext,
                        AbstractContextManager)

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closed", self.name)

with closing(Resource("r1")) as r:
    print("using", r.name)
try:
    with closing(Resource("r2")):
        raise ValueError("boom")
except ValueError:
    print("ValueError propagated")

with suppress(KeyError):
    {}["missing"]
print("after KeyError")
with suppress(LookupError, TypeError):
    [][1]
print("after IndexError")
with suppress():
    pass
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError not suppressed")
s = suppress(OSError)
print(s.__exit__(None, None, None), s.__exit__(FileNotFoundError, FileNotFoundError(), None),
      s.__exit__(ValueError, ValueError(), None))
with suppress(ValueError) as x:
    print("enter returns", x)

f = io.StringIO()
with redirect_stdout(f) as target:
    print("captured")
    help_text = "also captured"
    print(help_text)
print(target is f, repr(f.getvalue()))
g = io.StringIO()
with redirect_stderr(g):
    sys.stderr.write("to stderr\n")
print(repr(g.getvalue()))

# reentrant: one instance entered twice
buf = io.StringIO()
r = redirect_stdout(buf)
with r:
    print("outer")
    with r:
        print("inner")
    print("outer again")
print(repr(buf.getvalue()), sys.stdout is sys.__stdout__)

with nullcontext() as n:
    print("nullcontext gives", n)
with nullcontext(42) as n:
    print("nullcontext gives", n)
def maybe_open(x, use):
    return closing(x) if use else nullcontext(x)
with maybe_open(Resource("r3"), False) as res:
    print("not closed", res.name)
try:
    with nullcontext():
        raise ValueError("through")
except ValueError:
    print("nullcontext does not suppress")

class Plain:
    def __enter__(self): return self
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
class Disabled(Plain):
    __exit__ = None
print(isinstance(Plain(), AbstractContextManager), issubclass(Plain, AbstractContextManager),
      isinstance(NoExit(), AbstractContextManager), issubclass(Disabled, AbstractContextManager),
      isinstance(1, AbstractContextManager), isinstance(closing(1), AbstractContextManager),
      isinstance(io.StringIO(), AbstractContextManager))

class Mine(AbstractContextManager):
    def __exit__(self, *a):
        print("Mine exit")
with Mine() as m:
    print("enter gives self:", type(m).__name__)
print(AbstractContextManager[int])
# (gilpy has no async/await: the async names are absent)
absent = {"asynccontextmanager", "aclosing", "AbstractAsyncContextManager", "AsyncExitStack"}
print(sorted(set(contextlib.__all__) - absent))
for name in ["closing", "suppress", "redirect_stdout", "redirect_stderr", "nullcontext", "ExitStack"]:
    print(name, getattr(contextlib, name).__mro__[1].__name__)

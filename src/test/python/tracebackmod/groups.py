# Exception groups: nested boxes, chains inside members, max_group_width/depth.
import sys
import traceback


def raiser(exc):
    raise exc


def make():
    excs = []
    for e in [ValueError(1), TypeError(2)]:
        try:
            raiser(e)
        except Exception as x:
            excs.append(x)
    try:
        raise ExceptionGroup("inner", [KeyError("k")])
    except ExceptionGroup as g:
        excs.append(g)
    return ExceptionGroup("outer", excs)


try:
    raise make()
except ExceptionGroup as g:
    traceback.print_exc(file=sys.stdout)
    te = traceback.TracebackException.from_exception(g)
    print(len(te.exceptions), [str(t) for t in te.exceptions])
    print(te.exceptions[2].exceptions[0].exc_type)

wide = ExceptionGroup("wide", [ValueError(i) for i in range(20)])
traceback.print_exception(wide, file=sys.stdout)
te = traceback.TracebackException.from_exception(wide, max_group_width=2)
print("".join(te.format()), end="")

g = ValueError("leaf")
for i in range(4):
    g = ExceptionGroup(f"level {i}", [g])
te = traceback.TracebackException.from_exception(g, max_group_depth=2)
print("".join(te.format()), end="")

try:
    try:
        raise ValueError("context")
    except ValueError:
        raise ExceptionGroup("eg", [TypeError("member")])
except ExceptionGroup:
    traceback.print_exc(file=sys.stdout)

try:
    raise ExceptionGroup("eg", [ValueError("x")])
except ExceptionGroup as g:
    try:
        raise RuntimeError("after group")
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
raise ExceptionGroup("uncaught", [ValueError(1), make()])

# code.co_lines() gives (start, end, line) ranges that cover the instructions without gaps;
# code.replace(**fields) returns a copy with some fields changed (names, file, first line
# -- the line numbers move with it --, argument counts, constants, variable names), with
# CPython's errors for bad values.
import traceback


def f(a, b=2):
    c = a + b
    return c


co = f.__code__
ranges = list(co.co_lines())
starts = [s for s, e, line in ranges]
print(starts[0], all(e > s for s, e, line in ranges), all(ranges[i][1] == ranges[i + 1][0] for i in range(len(ranges) - 1)))
print(sorted({line for s, e, line in ranges if line is not None} - {co.co_firstlineno}))
print(all(isinstance(t, tuple) and len(t) == 3 for t in ranges))

c2 = co.replace(co_name="g", co_qualname="G.g", co_filename="other.py", co_firstlineno=co.co_firstlineno + 100)
print(c2.co_name, c2.co_qualname, c2.co_filename, c2.co_firstlineno - co.co_firstlineno, co.co_name)
print(sorted({line - co.co_firstlineno for s, e, line in c2.co_lines() if line is not None} - {100}))
print(c2.co_varnames, c2.co_argcount, c2.co_consts == co.co_consts, co.replace().co_name)
f.__code__ = c2
print(f.__name__, f(1))
try:
    f(1, None)
except TypeError:
    tb = traceback.extract_tb(__import__("sys").exc_info()[2])[-1]
    print(tb.filename, tb.lineno - co.co_firstlineno, tb.name)


def k(x):
    return x * 2


k.__code__ = k.__code__.replace(co_consts=tuple(3 if c == 2 else c for c in k.__code__.co_consts))
print(k(5))
k.__code__ = k.__code__.replace(co_varnames=("y",))
print(k.__code__.co_varnames, k(y=4))


def two(a, b):
    return (a, b)


two.__code__ = two.__code__.replace(co_argcount=1, co_posonlyargcount=1)
print(two.__code__.co_argcount, two.__code__.co_posonlyargcount)
try:
    two(1, 2)
except TypeError as e:
    print("TypeError:", e)

for kw in [dict(foo=1), dict(co_name=1), dict(co_filename=b"x"), dict(co_varnames=["a", "b", "c"]),
           dict(co_varnames=(1, 2, 3)), dict(co_nlocals=9), dict(co_argcount=-1), dict(co_kwonlyargcount=-2),
           dict(co_firstlineno="x"), dict(co_consts=[1]), dict(co_argcount=5), dict(co_firstlineno=1.5)]:
    try:
        co.replace(**kw)
        print("accepted", kw)
    except Exception as e:
        print(type(e).__name__, e)
try:
    co.replace(1)
except TypeError as e:
    print("TypeError:", e)

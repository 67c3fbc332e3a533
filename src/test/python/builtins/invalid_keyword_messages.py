# Built-in functions and methods name an unknown keyword as CPython's argument parser
# does ("'x' is an invalid keyword argument for f()"), after any missing argument.
import io
import threading

def show(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except TypeError as e:
        print(e)

show(print, 1, x=1)
show(io.StringIO, y=1)
show(threading.Lock().acquire, bad=1)
show(max, 1, 2, keyx=1)
show(sorted, [], x=1)
show("a".split, sepx=1)
show(open, filex="a")
show(io.open, "f", bad=1)

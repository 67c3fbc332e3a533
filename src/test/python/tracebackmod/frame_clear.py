# frame.clear(): drops a finished frame's locals, closes a suspended generator, refuses a running frame.
import sys
def f():
    x = 1
    return sys._getframe()
fr = f()
print(fr.f_locals)
fr.clear()
print(fr.f_locals)
try:
    sys._getframe().clear()
except RuntimeError as e:
    print(e)
def g():
    try:
        yield 1
    finally:
        print("closed")
gen = g()
next(gen)
gen.gi_frame.clear()
print(gen.gi_frame)
def h():
    yield sys._getframe().clear()
try:
    next(h())
except RuntimeError as e:
    print(e)

# weakref.finalize: runs once, when the object is collected, when called, or at exit
import gc
import weakref


def norm(s):
    # addresses differ from run to run: show them as 0xADDR
    out, i = [], 0
    while i < len(s):
        if s.startswith("0x", i):
            j = i + 2
            while j < len(s) and s[j] in "0123456789abcdef":
                j += 1
            out.append("0xADDR")
            i = j
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


class Res:
    def __init__(self, name):
        self.name = name


def cleanup(name, *, how="collected"):
    print("cleanup", name, how)
    return "result of " + name


a = Res("a")
fa = weakref.finalize(a, cleanup, "a")
print(fa.alive, fa.atexit, fa.peek()[0] is a, fa.peek()[1] is cleanup, fa.peek()[2:])
print(norm(repr(fa)))
del a
gc.collect()
print(fa.alive, fa.peek(), fa.detach(), fa(), norm(repr(fa)))

b = Res("b")
fb = weakref.finalize(b, cleanup, "b", how="called")
print(fb(), fb(), fb.alive)
del b
gc.collect()

c = Res("c")
fc = weakref.finalize(c, cleanup, "c")
obj, func, args, kwargs = fc.detach()
print(obj is c, func is cleanup, args, kwargs, fc.alive, fc.detach())
del c, obj
gc.collect()

# finalizers still alive at exit run then, newest first, unless atexit is false
d = Res("d")
e = Res("e")
f = Res("f")
weakref.finalize(d, cleanup, "d", how="at exit")
weakref.finalize(e, cleanup, "e", how="at exit")
ff = weakref.finalize(f, cleanup, "f", how="at exit")
ff.atexit = False
print(ff.atexit)

try:
    weakref.finalize(1, cleanup)
except TypeError as err:
    print("TypeError:", err)


def failing():
    raise RuntimeError("in finalizer")


g = Res("g")
fg = weakref.finalize(g, failing)
try:
    fg()
except RuntimeError as err:
    print("called directly raises:", err)
print("end of program")

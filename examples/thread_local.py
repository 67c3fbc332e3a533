# Per-thread data: the interpreter keeps per-thread state of its own (the current
# frame, the exception being handled, the recursion depth), and threading.local gives
# programs the same thing. Every thread that touches a local object sees its own set
# of attributes; a subclass's __init__ runs once in each thread, on first use.
import sys
import threading


class Context(threading.local):
    def __init__(self, greeting):
        self.greeting = greeting         # runs in each thread that uses ctx
        self.steps = 0


ctx = Context("hello")
ctx.greeting = "main's own greeting"

# Switch threads as often as possible, so that the threads really do overlap.
if hasattr(sys, "setcheckinterval"):
    sys.setcheckinterval(5)
else:
    sys.setswitchinterval(1e-6)

report = {}


def work(name):
    first = ctx.greeting                 # this thread's fresh copy, from __init__
    ctx.name = name
    for _ in range(3000):
        ctx.steps += 1
        assert ctx.name == name, (name, ctx.name)
    report[name] = (first, ctx.steps)


threads = [threading.Thread(target=work, args=("worker-%d" % i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(report):
    print(name, "started with %r and counted %d steps" % report[name])
print("main still sees:", repr(ctx.greeting), "steps", ctx.steps,
      "name" if hasattr(ctx, "name") else "and no name")

# The signal module's names, handlers and errors (signals delivered from inside the process).
import signal
import threading
import _thread

calls = []

def handler(signum, frame):
    calls.append(signum)
    print("handler", signum, type(signum).__name__, frame.f_code.co_name, frame.f_lineno)

print(signal.getsignal(signal.SIGUSR1), repr(signal.getsignal(signal.SIGUSR1)))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGPIPE)), repr(signal.getsignal(signal.SIGXFSZ)))
print(repr(signal.signal(signal.SIGUSR1, handler)))
print(signal.getsignal(signal.SIGUSR1) is handler)

# raise_signal and pthread_kill run the handler before they return
signal.raise_signal(signal.SIGUSR1); print("after raise_signal")
signal.pthread_kill(threading.get_ident(), signal.SIGUSR2 - 2); print("after pthread_kill")
# interrupt_main: at the next check point
_thread.interrupt_main(signal.SIGUSR1); print("after interrupt_main")
x = 0
for i in range(10):
    x += i
print("calls", calls)

def two():
    signal.raise_signal(signal.SIGUSR1)
two()

# a handler's exception comes out of the call that delivered the signal
def raiser(signum, frame):
    raise RuntimeError("from handler %d" % signum)
signal.signal(signal.SIGUSR2, raiser)
try:
    signal.raise_signal(signal.SIGUSR2)
except RuntimeError as e:
    print("caught", e)

# SIG_IGN and SIG_DFL come back as Handlers members
print(repr(signal.signal(signal.SIGUSR2, signal.SIG_IGN)) == repr(raiser))
signal.raise_signal(signal.SIGUSR2)
print("ignored")
print(repr(signal.signal(signal.SIGUSR2, signal.SIG_DFL)))
print(repr(signal.getsignal(signal.SIGUSR2)))
signal.signal(signal.SIGCHLD, signal.SIG_DFL)
signal.raise_signal(signal.SIGCHLD)   # default action: ignored
print("SIGCHLD ignored by default")

# the names
print(repr(signal.SIGINT), str(signal.SIGINT), int(signal.SIGTERM), signal.SIGINT.name, signal.SIGINT.value)
print(signal.SIGINT == 2, isinstance(signal.SIGINT, int), "%d %s" % (signal.SIGHUP, signal.SIGHUP))
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), repr(signal.SIG_BLOCK), repr(signal.SIG_SETMASK))
print(signal.Signals(15), repr(signal.Signals(6)), repr(signal.Signals["SIGIOT"]), repr(signal.SIGCLD))
print(signal.Signals.SIGALRM is signal.SIGALRM, signal.Handlers(0) is signal.SIG_DFL)
print(signal.NSIG, repr(signal.SIGRTMIN), repr(signal.SIGRTMAX))
valid = signal.valid_signals()
print(len(valid), min(valid), max(valid), 32 in valid, repr(sorted(valid)[0]))
for s in (1, 2, 9, 14, 15, 17, 34, 40, 64):
    print(s, signal.strsignal(s))
print(signal.strsignal(32))
print(signal.default_int_handler)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e.args)
try:
    signal.Signals(99)
except ValueError as e:
    print("ValueError", e)

# errors
def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(signal.signal, 0, handler)
show(signal.signal, 65, handler)
show(signal.signal, signal.SIGKILL, handler)
show(signal.signal, signal.SIGSTOP, signal.SIG_IGN)
show(signal.signal, signal.SIGUSR1, 5)
show(signal.signal, signal.SIGUSR1, "handler")
show(signal.signal, "2", handler)
show(signal.getsignal, 0)
show(signal.strsignal, 0)
show(signal.strsignal, 65)
show(signal.raise_signal, 0)
show(signal.raise_signal, 32)
show(signal.alarm, 1.5)
show(_thread.interrupt_main, 0)

def in_thread():
    show(signal.signal, signal.SIGUSR1, handler)
t = threading.Thread(target=in_thread)
t.start()
t.join()
print(signal.alarm(0))

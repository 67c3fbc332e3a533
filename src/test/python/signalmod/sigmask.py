# signal.pthread_sigmask, sigpending and sigwait: a blocked signal waits (its handler
# deferred, its default action too) until it is unblocked or taken by sigwait; masks are
# per thread and inherited by new threads.
import os
import signal
import threading
import time

S = signal
print(S.SIG_BLOCK, S.SIG_UNBLOCK, S.SIG_SETMASK, repr(S.Sigmasks.SIG_BLOCK))
print(S.pthread_sigmask(S.SIG_BLOCK, []))
print(S.pthread_sigmask(S.SIG_BLOCK, [S.SIGUSR1, 12]))
print(sorted(S.pthread_sigmask(S.SIG_SETMASK, S.valid_signals())))
print(len(S.pthread_sigmask(S.SIG_SETMASK, [])))     # SIGKILL and SIGSTOP are never blocked
print(S.pthread_sigmask(S.SIG_BLOCK, {S.SIGKILL, S.SIGSTOP, S.SIGUSR1}))
print(S.pthread_sigmask(S.SIG_UNBLOCK, [S.SIGUSR1]))
print(S.pthread_sigmask(S.SIG_UNBLOCK, range(1, 10)))
for args in [(5, []), (-1, []), (S.SIG_BLOCK, [0]), (S.SIG_BLOCK, [65]), (S.SIG_BLOCK, [-3]),
             (S.SIG_BLOCK, ['x']), (S.SIG_BLOCK, 5), (S.SIG_BLOCK, None), ('x', []),
             (5, [0]), (S.SIG_BLOCK,)]:
    try:
        print(args, S.pthread_sigmask(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
print(S.sigpending())
for args in [(1,), ()]:
    try:
        S.sigpending(*args)
    except TypeError as e:
        print(e)
for args in [([0],), (5,), ()]:
    try:
        print(args, S.sigwait(*args))
    except Exception as e:
        print(args, type(e).__name__, e)

# a blocked signal with a handler: pending, once per signal number per target
got = []
S.signal(S.SIGUSR1, lambda s, f: got.append(s))
print(S.pthread_sigmask(S.SIG_BLOCK, [S.SIGUSR1]))
os.kill(os.getpid(), S.SIGUSR1)          # to the process
os.kill(os.getpid(), S.SIGUSR1)
print(got, S.sigpending())
S.raise_signal(S.SIGUSR1)                # to this thread
print(got, S.sigpending())
print(S.sigwait([S.SIGUSR1, S.SIGUSR2]), S.sigpending())   # the thread's, then the process's
os.kill(os.getpid(), S.SIGUSR1)
print(S.pthread_sigmask(S.SIG_UNBLOCK, [S.SIGUSR1]), got)    # the handler ran before it returned
print(S.sigpending())

# a blocked signal whose default action would end the process
S.pthread_sigmask(S.SIG_BLOCK, [S.SIGUSR2])
S.raise_signal(S.SIGUSR2)
print("still here", S.sigpending())
print(repr(S.sigwait({S.SIGUSR2})), S.sigpending())
S.signal(S.SIGUSR2, S.SIG_IGN)
S.raise_signal(S.SIGUSR2)
print(S.sigpending())
S.pthread_sigmask(S.SIG_UNBLOCK, [S.SIGUSR2])   # ignored once unblocked
print(S.sigpending())
S.signal(S.SIGUSR2, S.SIG_DFL)

# the mask is per thread, and a new thread starts with its creator's mask
S.pthread_sigmask(S.SIG_SETMASK, [S.SIGUSR1])
seen = {}


def child():
    seen['inherited'] = S.pthread_sigmask(S.SIG_BLOCK, [S.SIGUSR2])
    seen['own'] = S.pthread_sigmask(S.SIG_BLOCK, [])


t = threading.Thread(target=child)
t.start()
t.join()
print(seen, S.pthread_sigmask(S.SIG_BLOCK, []))

# sigwait in another thread takes a signal sent to the process while it waits; the main
# thread blocks it, so no handler runs
got.clear()
result = []
ready = threading.Event()


def waiter():
    ready.set()
    result.append(S.sigwait([S.SIGUSR1]))


t = threading.Thread(target=waiter)
t.start()
ready.wait()
time.sleep(0.1)
os.kill(os.getpid(), S.SIGUSR1)
t.join()
print(result, got, S.sigpending())

# pthread_kill at a thread that blocks the signal leaves it pending for that thread only
release = threading.Event()
pending_there = []


def blocked_worker():
    ready.set()
    release.wait()
    pending_there.append(S.sigpending())
    pending_there.append(S.sigwait([S.SIGUSR1]))


ready.clear()
t = threading.Thread(target=blocked_worker)
t.start()
ready.wait()
S.pthread_kill(t.ident, S.SIGUSR1)
print("main sees", S.sigpending())
release.set()
t.join()
print("worker saw", pending_there, got)

# unblocking in the main thread delivers what is pending for the process
S.pthread_sigmask(S.SIG_BLOCK, [S.SIGUSR1])
os.kill(os.getpid(), S.SIGUSR1)
print(got)
S.pthread_sigmask(S.SIG_SETMASK, [])
print(got, S.sigpending())

# signal.sigwaitinfo and sigtimedwait: take a blocked signal with its struct_siginfo
# (who sent it), or give up after the timeout; other signals' handlers run meanwhile.
import os
import signal as S
import threading

S.pthread_sigmask(S.SIG_BLOCK, [S.SIGUSR1, S.SIGALRM])


def show(info):
    return (info.si_signo, info.si_code, info.si_errno, info.si_pid == os.getpid(),
            info.si_uid == os.getuid(), info.si_status)


S.raise_signal(S.SIGUSR1)
info = S.sigwaitinfo([S.SIGUSR1])
print(type(info), show(info), len(info), info[0] == info.si_signo)
print(type(info).__module__, type(info).__name__, info.n_fields, info.n_sequence_fields,
      info.n_unnamed_fields, S.struct_siginfo.__match_args__)
print(S.sigpending())

os.kill(os.getpid(), S.SIGUSR1)
print(show(S.sigtimedwait([S.SIGUSR1], 1)))
S.pthread_kill(threading.get_ident(), S.SIGUSR1)
print(show(S.sigtimedwait({S.SIGUSR1, S.SIGUSR2}, 1)))

# a timer's signal comes from the kernel
S.setitimer(S.ITIMER_REAL, 0.01)
info = S.sigtimedwait({S.SIGALRM}, 5)
print(tuple(info))

# timeouts
print(S.sigtimedwait([S.SIGUSR1], 0.05))
print(S.sigtimedwait([S.SIGUSR1], 0))

# a signal sent from another thread while waiting
t = threading.Timer(0.05, os.kill, (os.getpid(), S.SIGUSR1))
t.start()
print(show(S.sigwaitinfo([S.SIGUSR1])))
t.join()

# a handler of another signal runs during the wait, which then goes on
S.signal(S.SIGUSR2, lambda s, f: print("handler", s))
main = threading.get_ident()
t = threading.Timer(0.05, S.pthread_kill, (main, S.SIGUSR2))
t.start()
print(S.sigtimedwait([S.SIGUSR1], 0.3))
t.join()


class Stop(Exception):
    pass


def stop(s, f):
    raise Stop(s)


S.signal(S.SIGUSR2, stop)
t = threading.Timer(0.05, S.pthread_kill, (main, S.SIGUSR2))
t.start()
try:
    S.sigwaitinfo([S.SIGUSR1])
except Stop as e:
    print("handler raised", e)
t.join()

for args in [([S.SIGUSR1], -1), ([S.SIGUSR1], 'x'), ([0], 1), (5, 1), ([S.SIGUSR1],),
             ([S.SIGUSR1], None), ([S.SIGUSR1], float('nan'))]:
    try:
        print(args, S.sigtimedwait(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
for args in [([0],), (), (5,)]:
    try:
        print(args, S.sigwaitinfo(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    S.struct_siginfo((1, 2, 3))
except TypeError as e:
    print(e)
print(S.struct_siginfo((1, 2, 3, 4, 5, 6, 7)))
print(S.struct_siginfo.__doc__.splitlines()[0])

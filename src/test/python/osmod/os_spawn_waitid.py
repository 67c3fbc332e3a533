# The spawn* family (run as subprocess runs children: P_WAIT returns the exit code, -N
# for a signal, 127 when the program cannot start; P_NOWAIT returns a pid for waitpid),
# waitid with WNOHANG and WNOWAIT, and register_at_fork's argument checks.
import os
import subprocess

def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)

print(os.P_WAIT, os.P_NOWAIT, os.P_NOWAITO, os.P_ALL, os.P_PID, os.P_PGID)
t(lambda: os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", "exit 5"]))
t(lambda: os.spawnvp(os.P_WAIT, "sh", ["sh", "-c", "exit 6"]))
t(lambda: os.spawnl(os.P_WAIT, "/no/such", "x"))
t(lambda: os.spawnv(os.P_WAIT, "/bin/sh", []))
t(lambda: os.spawnv(os.P_WAIT, "/bin/sh", [""]))
t(lambda: os.spawnv(os.P_WAIT, "/bin/sh", "abc"))
t(lambda: os.spawnv(os.P_WAIT, "sh", ["sh", "-c", "exit 1"]))
t(lambda: os.spawnvpe(os.P_WAIT, "sh", ["sh", "-c", "exit 3"], {"PATH": "/nonexist"}))
t(lambda: os.spawnvpe(os.P_WAIT, "sh", ["sh", "-c", "exit 3"], {"PATH": "/bin:/usr/bin"}))
t(lambda: os.spawnv(os.P_WAIT, "/bin/sh", [b"sh", "-c", "exit 2"]))
t(lambda: os.spawnle(os.P_WAIT, "/bin/sh", "sh", "-c", "exit $X", {"X": "9"}))
t(lambda: os.spawnve(os.P_WAIT, "/bin/sh", ["sh", "-c", "exit $X"], {"X": "8"}))
t(lambda: os.spawnlpe(os.P_WAIT, "sh", "sh", "-c", "exit $X", {"X": "4", "PATH": "/bin:/usr/bin"}))
pid = os.spawnlp(os.P_NOWAIT, "sh", "sh", "-c", "exit 2")
t(lambda: os.waitpid(pid, 0) == (pid, 512))
pid = os.spawnl(os.P_NOWAIT, "/no/such", "x")
t(lambda: os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

t(lambda: os.waitid(os.P_ALL, 0, os.WEXITED))
t(lambda: os.waitid(os.P_ALL, 0, 0))
t(lambda: os.waitid(os.P_PID, 1, os.WEXITED))
p = subprocess.Popen(["sh", "-c", "exit 4"])
r = os.waitid(os.P_PID, p.pid, os.WEXITED)
print(r.si_pid == p.pid, r.si_uid == os.getuid(), r.si_signo, r.si_status, r.si_code, len(r), type(r).__name__)
p = subprocess.Popen(["sleep", "3"])
t(lambda: os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOHANG))
p.kill()
t(lambda: (lambda r: (r.si_signo, r.si_status, r.si_code))(os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOWAIT)))
t(lambda: (lambda r: (r.si_signo, r.si_status, r.si_code))(os.waitid(os.P_ALL, 0, os.WEXITED)))
t(lambda: os.waitid(os.P_ALL, 0, os.WEXITED))

t(lambda: os.register_at_fork())
t(lambda: os.register_at_fork(before=1))
t(lambda: os.register_at_fork(before=print, after_in_child=None))
t(lambda: os.register_at_fork(print))
t(lambda: os.register_at_fork(before=print, after_in_parent=len))

# os.wait and os.waitpid on children started through subprocess, WNOHANG, and the wait
# status macros (WIFEXITED, WEXITSTATUS, WIFSIGNALED, WTERMSIG, WIFSTOPPED, WSTOPSIG,
# WIFCONTINUED, WCOREDUMP, waitstatus_to_exitcode) on statuses Linux encodes.
import os
import signal
import subprocess
import sys

p = subprocess.Popen(["sh", "-c", "exit 3"])
pid, status = os.waitpid(p.pid, 0)
print(pid == p.pid, status, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))

p = subprocess.Popen(["sleep", "5"])
print(os.waitpid(p.pid, os.WNOHANG))
p.send_signal(signal.SIGTERM)
pid, status = os.waitpid(p.pid, 0)
print(pid == p.pid, status, os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))

p = subprocess.Popen(["true"])
q = subprocess.Popen(["sh", "-c", "exit 7"])
seen = sorted([os.wait(), os.wait()])
print(sorted([p.pid, q.pid]) == [s[0] for s in seen], sorted(s[1] for s in seen))
for bad in [lambda: os.wait(), lambda: os.waitpid(-1, 0), lambda: os.waitpid(-1, os.WNOHANG),
            lambda: os.waitpid(1, 0)]:
    try:
        bad()
    except ChildProcessError as e:
        print(type(e).__name__, e)

p = subprocess.Popen(["true"])
p.wait()                        # Popen reaped it: os.waitpid no longer knows it
try:
    os.waitpid(p.pid, 0)
except ChildProcessError as e:
    print(type(e).__name__, e.errno)

for status in [0, 0x100, 0xff00, 9, 0x8b, 0x137f, 0xffff, 0x7f]:
    print(hex(status), os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status), os.WTERMSIG(status),
          os.WIFSTOPPED(status), os.WSTOPSIG(status), os.WIFCONTINUED(status), os.WCOREDUMP(status))
    try:
        print(os.waitstatus_to_exitcode(status))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [-1, 1.5, "x", 2 ** 40]:
    try:
        print(os.waitstatus_to_exitcode(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(os.waitstatus_to_exitcode(status=0x200))
print(os.WNOHANG, os.WUNTRACED, os.WCONTINUED, os.WEXITED, os.WSTOPPED, os.WNOWAIT)
print(os.CLD_EXITED, os.CLD_KILLED, os.CLD_DUMPED, os.CLD_TRAPPED, os.CLD_STOPPED, os.CLD_CONTINUED)

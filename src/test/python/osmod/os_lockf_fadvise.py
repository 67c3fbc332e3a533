# os.lockf: locks this process holds are granted again, another process (a child
# interpreter) sees them (F_TLOCK: BlockingIOError, F_TEST: PermissionError) until
# F_ULOCK; argument and descriptor errors; posix_fadvise's checks.
import os
import subprocess
import sys

def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)

name = "tmp_lockf_%d" % os.getpid()
child = """import os, sys
fd = os.open(sys.argv[1], os.O_RDWR)
for cmd in (os.F_TEST, os.F_TLOCK):
    try:
        print(os.lockf(fd, cmd, 0))
    except OSError as e:
        print(type(e).__name__, e)
"""
def other():
    out = subprocess.run([sys.executable, "-c", child, name], capture_output=True, text=True)
    print(out.stdout.replace("\n", " | "), out.returncode)

print(os.F_LOCK, os.F_TLOCK, os.F_ULOCK, os.F_TEST, os.POSIX_FADV_NORMAL, os.POSIX_FADV_RANDOM,
      os.POSIX_FADV_SEQUENTIAL, os.POSIX_FADV_WILLNEED, os.POSIX_FADV_DONTNEED, os.POSIX_FADV_NOREUSE)
fd = os.open(name, os.O_RDWR | os.O_CREAT)
try:
    os.write(fd, b"0123456789")
    os.lseek(fd, 0, os.SEEK_SET)
    t(lambda: os.lockf(fd, os.F_LOCK, 0)); t(lambda: os.lockf(fd, os.F_LOCK, 0)); t(lambda: os.lockf(fd, os.F_TLOCK, 10))
    t(lambda: os.lockf(fd, os.F_TEST, 0))
    other()
    t(lambda: os.lockf(fd, os.F_ULOCK, 0))
    other()
    os.lseek(fd, 5, os.SEEK_SET)
    t(lambda: os.lockf(fd, os.F_TLOCK, -3)); t(lambda: os.lockf(fd, os.F_TLOCK, 2)); t(lambda: os.lockf(fd, os.F_ULOCK, -5))
    t(lambda: os.lockf(fd, os.F_ULOCK, 0))
    t(lambda: os.lockf(fd, 9, 0)); t(lambda: os.lockf(999, os.F_LOCK, 0)); t(lambda: os.lockf(fd, os.F_LOCK, -50))
    r, w = os.pipe()
    t(lambda: os.lockf(r, os.F_TLOCK, 0))
    fr = os.open(name, os.O_RDONLY)
    t(lambda: os.lockf(fr, os.F_TLOCK, 0)); t(lambda: os.lockf(fr, os.F_TEST, 0))
    t(lambda: os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_SEQUENTIAL)); t(lambda: os.posix_fadvise(fd, 0, 0, 9))
    t(lambda: os.posix_fadvise(999, 0, 0, 0)); t(lambda: os.posix_fadvise(r, 0, 0, 0))
    t(lambda: os.posix_fadvise(fd, 0, -1, 0)); t(lambda: os.posix_fadvise(fd, -1, 0, 0))
    for x in (r, w, fr):
        os.close(x)
finally:
    os.close(fd)
    os.remove(name)

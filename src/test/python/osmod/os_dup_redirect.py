# os.dup and os.dup2: descriptors that share one open file (offset included), redirecting
# fd 1 so that print, os.write(1, ...) and child processes write into a file, then
# restoring it; the inheritable flag of dup (off) and dup2 (on unless told otherwise).
import os
import subprocess
import sys

name = "tmp_dup_%d.txt" % os.getpid()
try:
    fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
    fd2 = os.dup(fd)
    print(fd2 != fd, os.get_inheritable(fd), os.get_inheritable(fd2))
    os.write(fd, b"abc")
    os.write(fd2, b"def")                 # the offset is shared
    os.lseek(fd2, 0, os.SEEK_SET)
    print(os.read(fd, 100))
    os.close(fd)
    print(os.lseek(fd2, 0, os.SEEK_END))  # still open through the duplicate
    os.close(fd2)

    # dup2 onto 1: print, os.write and a child's stdout all go to the file
    sys.stdout.flush()
    saved = os.dup(1)
    fd = os.open(name, os.O_WRONLY | os.O_TRUNC)
    print(os.dup2(fd, 1) == 1, os.get_inheritable(1), file=sys.stderr)
    print("print goes to the file")
    sys.stdout.flush()
    os.write(1, b"so does os.write(1)\n")
    subprocess.run(["echo", "and the child's output"])
    os.dup2(saved, 1)
    os.close(saved)
    os.close(fd)
    print("back on stdout")
    with open(name) as f:
        print(f.read(), end="")

    # dup2 with inheritable=False, dup2 onto itself, onto an open descriptor (closed first)
    r, w = os.pipe()
    t = os.dup2(r, 20, inheritable=False)
    print(t, os.get_inheritable(20), os.dup2(r, r) == r)
    os.dup2(w, 20)                        # replaces the read end at 20
    os.write(20, b"through 20")
    os.close(20)
    os.close(w)
    print(os.read(r, 100), os.read(r, 100))   # the write end still had w: now both closed
    os.close(r)

    # set_inheritable
    fd = os.open(name, os.O_RDONLY)
    os.set_inheritable(fd, True)
    print(os.get_inheritable(fd))
    os.set_inheritable(fd, False)
    print(os.get_inheritable(fd))
    os.close(fd)

    # closerange closes what is open and ignores the rest
    a = os.open(name, os.O_RDONLY)
    b = os.dup(a)
    os.closerange(a, b + 1)
    for x in (a, b):
        try:
            os.fstat(x)
        except OSError as e:
            print("closed:", e.errno)

    for bad in [lambda: os.dup(999), lambda: os.dup2(999, 30), lambda: os.dup2(0, -1),
                lambda: os.get_inheritable(999), lambda: os.set_inheritable(999, True), lambda: os.dup("1")]:
        try:
            bad()
        except (OSError, TypeError) as e:
            print(type(e).__name__, e)
finally:
    if os.path.exists(name):
        os.remove(name)

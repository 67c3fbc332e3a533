# Low-level descriptors: os.open with O_* flags, lseek, ftruncate, fsync, fdopen, and
# the misc process functions (strerror, urandom, umask, uname, terminal size, ids).
import os

name = "tmp_fd_%d.bin" % os.getpid()
try:
    fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
    print(type(fd).__name__, os.write(fd, b"0123456789"))
    print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 4), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, -2, os.SEEK_END))
    print(os.read(fd, 100), os.read(fd, 100))
    os.ftruncate(fd, 3)
    os.fsync(fd)
    print(os.fstat(fd).st_size, os.lseek(fd, 0, os.SEEK_END))
    os.close(fd)
    try:
        os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except FileExistsError as e:
        print("FileExistsError:", e.errno, e.strerror, e.filename == name)
    fd = os.open(name, os.O_WRONLY | os.O_APPEND)
    os.write(fd, b"abc")
    os.close(fd)
    fd = os.open(name, os.O_RDONLY)
    print(os.read(fd, 100))
    try:
        os.write(fd, b"x")
    except OSError as e:
        print(type(e).__name__, e)
    os.close(fd)
    fd = os.open(name, os.O_WRONLY | os.O_TRUNC)
    os.close(fd)
    print(os.path.getsize(name))
    with os.fdopen(os.open(name, os.O_RDWR), "w+") as f:
        f.write("text via fdopen")
        f.seek(0)
        print(f.read())
    try:
        os.fdopen("x")
    except TypeError as e:
        print("TypeError:", e)
    for bad in (lambda: os.open("no_such_dir/x", os.O_RDONLY), lambda: os.lseek(9999, 0, 0),
                lambda: os.open(".", os.O_WRONLY)):
        try:
            bad()
        except OSError as e:
            print(type(e).__name__, e)
finally:
    if os.path.exists(name):
        os.remove(name)
print(os.path.exists(name))

print(os.strerror(2), "|", os.strerror(13), "|", os.strerror(99999))
b = os.urandom(16)
print(type(b).__name__, len(b), len(os.urandom(0)))
old = os.umask(0o022)
print(os.umask(old) == 0o022)
u = os.uname()
print(type(u).__name__, u.sysname, len(u), u[0] == u.sysname, u.machine == os.uname()[4])
print(type(os.getuid()).__name__, os.getuid() == os.geteuid(), type(os.getgid()).__name__)
try:
    os.get_terminal_size()
except OSError as e:
    print(type(e).__name__, e)
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns)
print(os.WEXITSTATUS(256), os.WIFEXITED(256), os.WIFSIGNALED(9), os.WTERMSIG(9), os.waitstatus_to_exitcode(512),
      os.waitstatus_to_exitcode(15))

# chmod with setuid/sticky bits, chown/lchown to the current owner, sched_getaffinity,
# getloadavg, device_encoding, PathLike and os.fspath.
import os
import stat

name = "tmp_misc_%d" % os.getpid()
open(name, "w").close()
try:
    os.chmod(name, 0o4755)
    print(stat.filemode(os.stat(name).st_mode))
    os.chmod(name, stat.S_IRUSR | stat.S_IWUSR | stat.S_ISVTX)
    print(stat.filemode(os.stat(name).st_mode))
    os.chown(name, -1, os.getgid())
    os.lchown(name, os.getuid(), -1)
    os.chown(name, os.getuid(), os.getgid(), follow_symlinks=False)
    print(os.stat(name).st_uid == os.getuid(), os.stat(name).st_gid == os.getgid())
    try:
        os.chown(name + "_missing", -1, -1)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
finally:
    os.remove(name)
print(os.sched_getaffinity(0) == set(range(os.cpu_count())), len(os.getloadavg()), os.device_encoding(0))


class P:
    def __fspath__(self):
        return "from fspath"


print(os.fspath(P()), os.fspath(b"b"), isinstance(P(), os.PathLike), isinstance("s", os.PathLike),
      issubclass(P, os.PathLike))
for bad in (lambda: os.fspath(1), lambda: os.fspath(type("Q", (), {"__fspath__": lambda self: 1})())):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

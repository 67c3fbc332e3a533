# errno: Linux's names and numbers, errorcode, and os.strerror's messages.
import errno
import os

names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), len(errno.errorcode))
for n in names:
    v = getattr(errno, n)
    print(n, v, errno.errorcode[v], os.strerror(v))
print(sorted(errno.errorcode.items())[:5])
print(errno.__doc__.splitlines()[0])
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[errno.EWOULDBLOCK])
try:
    open("no/such/file")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
print(type(OSError(errno.EEXIST, "x")).__name__, type(OSError(errno.ESRCH, "x")).__name__)

# Positioned and vectored I/O: pread/pwrite (the offset does not move), readv into
# bytearrays and writable memoryviews, writev from several bytes-like objects,
# sendfile with and without an offset, fsync/fdatasync, and their errors.
import os

name = "tmp_pv_%d.bin" % os.getpid()
other = "tmp_pv2_%d.bin" % os.getpid()
try:
    fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
    print(os.writev(fd, [b"0123", bytearray(b"4567"), memoryview(b"89")]), os.writev(fd, []))
    print(os.lseek(fd, 0, os.SEEK_CUR))
    print(os.pread(fd, 4, 2), os.pread(fd, 100, 8), os.pread(fd, 5, 50), os.pread(fd, 0, 0))
    print(os.pwrite(fd, b"AB", 4), os.pwrite(fd, b"xyz", 12))
    print(os.lseek(fd, 0, os.SEEK_CUR), os.pread(fd, 100, 0))
    os.lseek(fd, 0, os.SEEK_SET)
    a, b, c = bytearray(3), bytearray(4), memoryview(bytearray(20))
    print(os.readv(fd, [a, b, c]), a, b, bytes(c[:10]))
    print(os.readv(fd, [bytearray(5)]), os.readv(fd, []))
    os.fsync(fd)
    os.fdatasync(fd)
    with open(name, "rb") as f:
        os.fsync(f)
        os.fdatasync(f)

    out = os.open(other, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    print(os.sendfile(out, fd, 2, 5), os.lseek(fd, 0, os.SEEK_CUR))
    os.lseek(fd, 10, os.SEEK_SET)
    print(os.sendfile(out, fd, None, 100), os.lseek(fd, 0, os.SEEK_CUR), os.sendfile(out, fd, None, 100))
    print(os.sendfile(out_fd=out, in_fd=fd, offset=0, count=1))
    os.close(out)
    with open(other, "rb") as f:
        print(f.read())

    r, w = os.pipe()
    print(os.writev(w, [b"pi", b"pe"]), os.readv(r, [bytearray(1), bytearray(10)]))
    for bad in [lambda: os.pread(r, 1, 0), lambda: os.pwrite(w, b"x", 0), lambda: os.pread(999, 1, 0),
                lambda: os.pread(fd, -1, 0), lambda: os.pread(fd, 1, -1), lambda: os.readv(fd, [b"ro"]),
                lambda: os.readv(fd, [memoryview(b"ro")]), lambda: os.readv(fd, [1]), lambda: os.readv(fd, 1),
                lambda: os.writev(fd, [1]), lambda: os.writev(fd, 7), lambda: os.fsync(r),
                lambda: os.fdatasync(999), lambda: os.sendfile(999, fd, 0, 1), lambda: os.sendfile(w, r, 0, 1),
                lambda: os.pwrite(fd, "text", 0)]:
        try:
            print(bad())
        except Exception as e:
            print(type(e).__name__, e)
    os.close(r)
    os.close(w)
    os.close(fd)
finally:
    for n in (name, other):
        if os.path.exists(n):
            os.remove(n)

# Operations on the file behind a descriptor: fchmod, fchown, fchdir, posix_fallocate,
# copy_file_range, lseek with SEEK_DATA/SEEK_HOLE, ttyname, O_NONBLOCK from os.open,
# and mkfifo.
import os

def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)

name = "tmp_fops_%d" % os.getpid()
other = name + "_2"
fifo = name + "_fifo"
try:
    t(lambda: os.fchmod(999, 0o644)); t(lambda: os.fchmod("x", 0o644)); t(lambda: os.fchown(999, -1, -1))
    t(lambda: os.fchdir(999)); t(lambda: os.fchdir("x")); t(lambda: os.ttyname(999)); t(lambda: os.ttyname(0))
    fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_TRUNC)
    os.write(fd, b"hello")
    t(lambda: (os.lseek(fd, 0, os.SEEK_DATA), os.lseek(fd, 2, os.SEEK_DATA), os.lseek(fd, 0, os.SEEK_HOLE)))
    t(lambda: os.lseek(fd, 5, os.SEEK_DATA)); t(lambda: os.lseek(fd, 9, os.SEEK_HOLE)); t(lambda: os.lseek(fd, 5, os.SEEK_HOLE))
    t(lambda: os.posix_fallocate(fd, 0, 20)); t(lambda: os.fstat(fd).st_size); t(lambda: os.posix_fallocate(fd, 0, 3))
    t(lambda: os.fstat(fd).st_size); t(lambda: os.posix_fallocate(fd, 0, 0)); t(lambda: os.posix_fallocate(fd, -1, 1))
    t(lambda: os.fchmod(fd, 0o600)); t(lambda: oct(os.stat(name).st_mode)); t(lambda: os.fchmod(fd=fd, mode=0o640))
    t(lambda: oct(os.stat(name).st_mode)); t(lambda: os.fchown(fd, -1, -1))
    fd2 = os.open(other, os.O_RDWR | os.O_CREAT | os.O_TRUNC)
    os.lseek(fd, 5, os.SEEK_SET)
    t(lambda: os.copy_file_range(fd, fd2, 3)); t(lambda: os.copy_file_range(fd, fd2, 10, 1, 0))
    t(lambda: os.lseek(fd, 0, 1)); t(lambda: os.lseek(fd2, 0, 1)); t(lambda: os.pread(fd2, 100, 0))
    t(lambda: os.copy_file_range(fd, 999, 1))
    r, w = os.pipe()
    t(lambda: os.copy_file_range(r, fd2, 1)); t(lambda: os.posix_fallocate(r, 0, 1))
    t(lambda: os.posix_fallocate(w, 0, 1)); t(lambda: os.lseek(r, 0, os.SEEK_DATA))
    os.close(r); os.close(w); os.close(fd); os.close(fd2)

    fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK)
    print(os.get_blocking(fd), os.read(fd, 3))
    os.close(fd)

    t(lambda: os.mkfifo(fifo, 0o600)); t(lambda: oct(os.stat(fifo).st_mode)); t(lambda: os.mkfifo(fifo))
    t(lambda: os.mkfifo("no_such_dir/fifo")); t(lambda: os.mkfifo(name + "/fifo")); t(lambda: os.mkfifo(3))

    os.mkdir(name + "_d")
    d = os.open(name + "_d", os.O_RDONLY)
    cwd = os.getcwd()
    t(lambda: os.fchdir(d)); t(lambda: os.path.basename(os.getcwd()) == name + "_d"); t(lambda: os.listdir("."))
    os.chdir(cwd)
    os.close(d)
    f = open(name)
    t(lambda: os.fchdir(f))
    f.close()
finally:
    for n in (name, other, fifo):
        if os.path.lexists(n):
            os.remove(n)
    if os.path.isdir(name + "_d"):
        os.rmdir(name + "_d")

# A name ending in '/' names a directory: open() and os.open() fail as Linux's open(2)
# does (EISDIR when the file could be created, ENOTDIR on an existing file).
import os

base = "tmp_trailing_slash_%d" % os.getpid()
os.mkdir(base)
try:
    f = os.path.join(base, "f")
    open(f, "w").close()
    for p in ("nodir/", "f/"):
        for m in ("r", "rb", "w", "wb", "a", "x", "r+"):
            try:
                open(os.path.join(base, p), m)
                print(p, m, "opened")
            except OSError as e:
                print(p, m, type(e).__name__, e.errno)
        for flags in (os.O_RDONLY, os.O_WRONLY, os.O_WRONLY | os.O_CREAT, os.O_RDWR | os.O_CREAT | os.O_EXCL):
            try:
                os.close(os.open(os.path.join(base, p), flags))
                print(p, flags, "opened")
            except OSError as e:
                print(p, flags, type(e).__name__, e.errno, str(e).replace(base, "BASE"))
    print(sorted(os.listdir(base)))
    with open(f, "rb") as fh:
        print(fh.read())
finally:
    os.remove(f)
    os.rmdir(base)

# shutil's file copies: copyfileobj, copyfile, copymode, copystat, copy, copy2, with
# symlinks, SameFileError and the errors CPython raises.
import io
import os
import shutil
import stat

base = "tmp_shutil_copy_%d" % os.getpid()


def rel(p):
    return str(p).replace(base, "BASE")


def read(p):
    with open(p) as f:
        return f.read()


os.mkdir(base)
try:
    src = os.path.join(base, "src.txt")
    with open(src, "w") as f:
        f.write("hello\n" * 1000)
    os.chmod(src, 0o640)
    os.utime(src, (1000000000, 1100000000))

    a, b = io.BytesIO(b"x" * 100000), io.BytesIO()
    shutil.copyfileobj(a, b)
    print(len(b.getvalue()))
    a, b = io.StringIO("abcdef"), io.StringIO()
    shutil.copyfileobj(a, b, 4)
    print(b.getvalue())

    d = os.path.join(base, "d.txt")
    print(rel(shutil.copyfile(src, d)), read(d) == read(src))
    print(oct(stat.S_IMODE(os.stat(d).st_mode)) != "0o640" or "umask-dependent")
    shutil.copymode(src, d)
    print(oct(stat.S_IMODE(os.stat(d).st_mode)))
    shutil.copystat(src, d)
    st = os.stat(d)
    print(st.st_mtime)

    sub = os.path.join(base, "sub")
    os.mkdir(sub)
    r = shutil.copy(src, sub)
    print(rel(r), oct(stat.S_IMODE(os.stat(r).st_mode)), os.stat(r).st_mtime != 1100000000)
    r = shutil.copy2(src, os.path.join(sub, "two.txt"))
    print(rel(r), oct(stat.S_IMODE(os.stat(r).st_mode)), os.stat(r).st_mtime)

    link = os.path.join(base, "link")
    os.symlink("src.txt", link)
    r = shutil.copyfile(link, os.path.join(base, "deref.txt"))
    print(os.path.islink(r), read(r) == read(src))
    r = shutil.copyfile(link, os.path.join(base, "link2"), follow_symlinks=False)
    print(os.path.islink(r), os.readlink(r))
    r = shutil.copy2(link, os.path.join(base, "link3"), follow_symlinks=False)
    print(os.path.islink(r), os.readlink(r))
    shutil.copymode(link, r, follow_symlinks=False)

    for bad in [lambda: shutil.copyfile(src, src),
                lambda: shutil.copy(src, base),
                lambda: shutil.copyfile(src, link),
                lambda: shutil.copyfile(os.path.join(base, "nope"), d),
                lambda: shutil.copyfile(src, os.path.join(base, "nodir", "x")),
                lambda: shutil.copyfile(src, os.path.join(base, "nodir", "")),
                lambda: shutil.copyfile(src, sub),
                lambda: shutil.copymode(os.path.join(base, "nope"), d),
                lambda: shutil.copystat(src, os.path.join(base, "nope"))]:
        try:
            bad()
            print("no error")
        except shutil.SameFileError as e:
            print("SameFileError", rel(e), isinstance(e, shutil.Error), isinstance(e, OSError))
        except OSError as e:
            print(type(e).__name__, e.errno, rel(e.filename), rel(e))
    print(issubclass(shutil.Error, OSError), issubclass(shutil.SpecialFileError, OSError),
          issubclass(shutil.ExecError, OSError))
    print(shutil.COPY_BUFSIZE)
finally:
    shutil.rmtree(base)
print(os.path.exists(base))

# Directories and files through os: mkdir/makedirs, listdir, rename/replace, rmdir,
# removedirs, links, chmod, access, truncate, utime; errors name the path as CPython does.
import os
import stat

base = "tmp_files_dirs_%d" % os.getpid()
os.mkdir(base)
try:
    d = os.path.join(base, "d")
    os.mkdir(d, 0o755)
    print(sorted(os.listdir(base)), os.path.isdir(d))
    os.makedirs(os.path.join(d, "x", "y", "z"))
    os.makedirs(os.path.join(d, "x", "y"), exist_ok=True)
    for bad in (lambda: os.makedirs(os.path.join(d, "x")), lambda: os.mkdir(d),
                lambda: os.rmdir(os.path.join(d, "x")), lambda: os.rmdir(os.path.join(base, "nope")),
                lambda: os.listdir(os.path.join(base, "nope")), lambda: os.mkdir(os.path.join(base, "a", "b"))):
        try:
            bad()
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, e.filename.replace(base, "BASE"))
    f = os.path.join(d, "f.txt")
    with open(f, "w") as fh:
        fh.write("hello world")
    try:
        os.makedirs(f, exist_ok=True)
    except FileExistsError as e:
        print("FileExistsError", e.filename.replace(base, "BASE"))
    print(os.listdir(d) == sorted(os.listdir(d)) or sorted(os.listdir(d)))
    print(sorted(os.listdir(os.fsencode(d))))
    st = os.stat(f)
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(d).st_mode), st[stat.ST_SIZE])
    print(st.st_nlink, st.st_mtime_ns // 10**9 == st[stat.ST_MTIME], int(st.st_mtime) == st[8])
    os.truncate(f, 5)
    print(open(f).read())
    os.truncate(f, 8)
    print(repr(open(f, "rb").read()))
    os.chmod(f, 0o640)
    print(oct(stat.S_IMODE(os.stat(f).st_mode)), stat.filemode(os.stat(f).st_mode))
    print(os.access(f, os.F_OK), os.access(f, os.R_OK | os.W_OK), os.access(f, os.X_OK),
          os.access(os.path.join(d, "nope"), os.F_OK))
    os.utime(f, (1000000000, 1500000000))
    st = os.stat(f)
    print(st.st_atime, st.st_mtime, st.st_mtime_ns, st[stat.ST_MTIME])
    os.utime(f, ns=(1, 2500000000))
    print(os.stat(f).st_mtime_ns, os.path.getmtime(f))
    # links
    os.symlink("f.txt", os.path.join(d, "sl"))
    os.link(f, os.path.join(d, "hl"))
    print(os.readlink(os.path.join(d, "sl")), os.stat(f).st_nlink, os.path.islink(os.path.join(d, "sl")))
    print(stat.S_ISLNK(os.lstat(os.path.join(d, "sl")).st_mode), stat.S_ISREG(os.stat(os.path.join(d, "sl")).st_mode))
    print(os.path.samefile(f, os.path.join(d, "hl")), os.readlink(os.fsencode(os.path.join(d, "sl"))))
    for bad in (lambda: os.readlink(f), lambda: os.symlink("x", f), lambda: os.link(os.path.join(d, "nope"), f)):
        try:
            bad()
        except OSError as e:
            print(type(e).__name__, str(e).replace(base, "BASE"))
    # rename, replace
    os.rename(os.path.join(d, "hl"), os.path.join(d, "hl2"))
    with open(os.path.join(d, "other"), "w") as fh:
        fh.write("other")
    os.replace(os.path.join(d, "other"), os.path.join(d, "hl2"))
    print(sorted(os.listdir(d)), open(os.path.join(d, "hl2")).read())
    try:
        os.rename(os.path.join(d, "nope"), os.path.join(d, "x2"))
    except FileNotFoundError as e:
        print(str(e).replace(base, "BASE"), e.filename2.replace(base, "BASE"))
    os.renames(os.path.join(d, "hl2"), os.path.join(base, "n1", "n2", "moved"))
    print(os.path.exists(os.path.join(base, "n1", "n2", "moved")))
    # removal
    for name in ("sl", "f.txt"):
        os.remove(os.path.join(d, name))
    try:
        os.remove(d)
    except IsADirectoryError as e:
        print("IsADirectoryError", e.errno)
    os.removedirs(os.path.join(d, "x", "y", "z"))
    print(os.path.exists(os.path.join(d, "x")), os.path.exists(base))
    os.remove(os.path.join(base, "n1", "n2", "moved"))
    os.removedirs(os.path.join(base, "n1", "n2"))
    print(os.path.exists(base))
finally:
    if os.path.exists(base):
        for top, dirs, files in os.walk(base, topdown=False):
            for n in files:
                os.remove(os.path.join(top, n))
            for n in dirs:
                p = os.path.join(top, n)
                os.remove(p) if os.path.islink(p) else os.rmdir(p)
        os.rmdir(base)
print(os.path.exists(base))

# os.path functions that ask the file system: exists, lexists, isfile, isdir, islink,
# ismount, getsize, getmtime..., samefile, sameopenfile, abspath, realpath, relpath.
import os

base = "tmp_queries_%d" % os.getpid()
os.makedirs(os.path.join(base, "sub"))
try:
    f = os.path.join(base, "file.txt")
    with open(f, "w") as fh:
        fh.write("12345")
    os.symlink("file.txt", os.path.join(base, "link"))
    os.symlink("nowhere", os.path.join(base, "broken"))
    os.symlink("sub/../sub", os.path.join(base, "dirlink"))
    os.symlink("loop2", os.path.join(base, "loop1"))
    os.symlink("loop1", os.path.join(base, "loop2"))
    for name in ("file.txt", "sub", "link", "broken", "dirlink", "nope", "loop1"):
        p = os.path.join(base, name)
        print(name, os.path.exists(p), os.path.lexists(p), os.path.isfile(p), os.path.isdir(p), os.path.islink(p))
    print(os.path.exists(os.fsencode(f)), os.path.exists("a\0b"), os.path.isdir(""), os.path.exists(""))
    print(os.path.getsize(f), os.path.getsize(os.path.join(base, "link")))
    os.utime(f, (100, 200))
    print(os.path.getatime(f), os.path.getmtime(f), type(os.path.getctime(f)).__name__)
    print(os.path.samefile(f, os.path.join(base, "link")), os.path.samefile(f, base))
    with open(f) as a, open(os.path.join(base, "link")) as b:
        print(os.path.sameopenfile(a.fileno(), b.fileno()))
    print(os.path.samestat(os.stat(f), os.stat(os.path.join(base, "link"))))
    print(os.path.ismount("/"), os.path.ismount(base), os.path.ismount(os.path.join(base, "nope")))
    cwd = os.getcwd()
    print(os.path.abspath(f) == os.path.join(cwd, f), os.path.abspath("") == cwd,
          os.path.abspath(b"x") == os.path.join(os.getcwdb(), b"x"), os.path.abspath("/a/../b"))
    real = os.path.realpath(os.path.join(base, "link"))
    print(real == os.path.join(cwd, f), os.path.realpath(os.path.join(base, "dirlink")) == os.path.join(cwd, base, "sub"))
    print(os.path.realpath(os.path.join(base, "broken")) == os.path.join(cwd, base, "nowhere"))
    print(os.path.realpath(os.path.join(base, "loop1")) == os.path.join(cwd, base, "loop1"))
    try:
        os.path.realpath(os.path.join(base, "loop1"), strict=True)
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        os.path.realpath(os.path.join(base, "nope"), strict=True)
    except OSError as e:
        print(type(e).__name__, e.errno)
    print(os.path.realpath("/"), os.path.realpath(b"/").__class__.__name__, os.path.realpath("/..//a/./b"))
    print(os.path.relpath(f, base), os.path.relpath(base, f), os.path.relpath("/a/b", "/a/c/d"),
          os.path.relpath("/a", "/a"), os.path.relpath(b"/x/y", b"/x"), os.path.relpath("/a/b", "/"))
    print(os.path.relpath(os.path.join(cwd, base)) == base)
    try:
        os.path.getsize(os.path.join(base, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.filename == os.path.join(base, "nope"))
    try:
        os.path.exists(1.5)
    except TypeError as e:
        print("TypeError:", e)
finally:
    for n in ("link", "broken", "dirlink", "loop1", "loop2", "file.txt"):
        os.remove(os.path.join(base, n))
    os.rmdir(os.path.join(base, "sub"))
    os.rmdir(base)
print(os.path.exists(base))

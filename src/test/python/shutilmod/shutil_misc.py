# shutil.which, disk_usage, get_terminal_size, chown's argument checks, and the
# module's exceptions.
import os
import shutil
import stat

base = "tmp_shutil_misc_%d" % os.getpid()
os.mkdir(base)
try:
    bindir = os.path.join(base, "bin")
    os.mkdir(bindir)
    tool = os.path.join(bindir, "mytool")
    with open(tool, "w") as f:
        f.write("#!/bin/sh\n")
    os.chmod(tool, 0o755)
    plain = os.path.join(bindir, "plain")
    open(plain, "w").close()
    os.chmod(plain, 0o644)
    os.mkdir(os.path.join(bindir, "adir"))
    path = os.pathsep.join(["nonexistent", bindir, bindir])
    rel = lambda p: p if p is None else os.fsdecode(p).replace(base, "BASE")
    print(rel(shutil.which("mytool", path=path)))
    print(rel(shutil.which("plain", path=path)))
    print(rel(shutil.which("plain", mode=os.F_OK, path=path)))
    print(rel(shutil.which("plain", mode=os.R_OK, path=path)))
    print(rel(shutil.which("adir", mode=os.F_OK, path=path)))
    print(rel(shutil.which("nosuch", path=path)))
    print(rel(shutil.which("mytool", path="")))
    print(rel(shutil.which(tool)), rel(shutil.which(plain)))
    print(rel(shutil.which(b"mytool", path=path)))
    print(rel(shutil.which("mytool", path=os.fsencode(path))))
    old = os.environ.get("PATH")
    os.environ["PATH"] = bindir
    print(rel(shutil.which("mytool")))
    del os.environ["PATH"]
    print(shutil.which("mytool"))
    os.environ["PATH"] = old
    print(shutil.which("sh") is not None)

    u = shutil.disk_usage(base)
    print(type(u).__name__, u._fields, u.total >= u.used >= 0, u.total >= u.free >= 0)
    print(repr(u).startswith("usage(total="))
    fd = os.open(tool, os.O_RDONLY)
    print(shutil.disk_usage(fd).total == u.total)
    os.close(fd)
    try:
        shutil.disk_usage(None)
    except TypeError as e:
        print("TypeError", e)
    try:
        shutil.disk_usage(os.path.join(base, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", rel(e.filename))

    os.environ["COLUMNS"] = "123"
    os.environ["LINES"] = "45"
    print(shutil.get_terminal_size())
    os.environ["COLUMNS"] = "junk"
    os.environ["LINES"] = "0"
    print(shutil.get_terminal_size((11, 22)) == os.get_terminal_size() if os.isatty(1) else shutil.get_terminal_size((11, 22)))
    del os.environ["COLUMNS"], os.environ["LINES"]
    print(type(shutil.get_terminal_size()).__name__)

    for args in [(), ("root",), (None, "root")]:
        try:
            shutil.chown(tool, *args)
        except (ValueError, LookupError) as e:
            print(type(e).__name__, e)
    shutil.chown(tool, os.getuid())
    shutil.chown(tool, group=os.getgid())
    shutil.chown(tool, os.getuid(), os.getgid())
    try:
        shutil.chown(os.path.join(base, "nope"), 0)
    except FileNotFoundError as e:
        print("FileNotFoundError", rel(e.filename))
    try:
        shutil.chown(tool, "no_such_user_xyz")
    except LookupError as e:
        print("LookupError", e)
    try:
        shutil.chown(tool, None, "no_such_group_xyz")
    except LookupError as e:
        print("LookupError", e)
    print(shutil.SameFileError.__mro__[1:4])
    print(sorted(n for n in shutil.__all__ if "archive" not in n and "unpack" not in n))
finally:
    shutil.rmtree(base)

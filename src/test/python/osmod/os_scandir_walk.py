# os.scandir (DirEntry and the iterator as a context manager) and os.walk (topdown,
# pruning, bottom-up, onerror, followlinks).
import os

base = "tmp_scandir_%d" % os.getpid()
os.makedirs(os.path.join(base, "a", "aa"))
os.makedirs(os.path.join(base, "b"))
for p in ("f1", os.path.join("a", "f2"), os.path.join("a", "aa", "f3"), os.path.join("b", "f4")):
    with open(os.path.join(base, p), "w") as f:
        f.write("x" * len(p))
os.symlink("a", os.path.join(base, "link_to_a"))
os.symlink("missing", os.path.join(base, "dangling"))
try:
    with os.scandir(base) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path == os.path.join(base, e.name), e.is_dir(), e.is_file(), e.is_symlink(),
              e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False), os.fspath(e) == e.path)
    f1 = [e for e in entries if e.name == "f1"][0]
    print(f1.stat().st_size, f1.inode() == os.stat(f1.path).st_ino, f1.stat(follow_symlinks=False).st_size)
    print(type(f1).__name__, type(f1).__module__, isinstance(f1, os.DirEntry), isinstance(f1, os.PathLike))
    try:
        os.DirEntry()
    except TypeError as e:
        print("TypeError:", e)
    print(sorted(e.name for e in os.scandir(os.fsencode(base))))
    it = os.scandir(base)
    next(it)
    it.close()
    print(list(it))
    try:
        os.scandir(os.path.join(base, "f1"))
    except NotADirectoryError as e:
        print("NotADirectoryError:", e.strerror)

    def show(w):
        for top, dirs, files in w:
            print(top.replace(base, "BASE"), sorted(dirs), sorted(files))

    print("-- topdown")
    show(os.walk(base))
    print("-- bottom-up")
    show(os.walk(base, topdown=False))
    print("-- followlinks")
    show(os.walk(base, followlinks=True))
    print("-- pruned")
    for top, dirs, files in os.walk(base):
        dirs[:] = [d for d in dirs if d != "a"]
        print(top.replace(base, "BASE"), sorted(dirs), sorted(files))
    print("-- onerror")
    errors = []
    print(list(os.walk(os.path.join(base, "nope"), onerror=errors.append)), type(errors[0]).__name__)
    print(list(os.walk(os.path.join(base, "nope"))))
finally:
    for top, dirs, files in os.walk(base, topdown=False):
        for n in files:
            os.remove(os.path.join(top, n))
        for n in dirs:
            p = os.path.join(top, n)
            os.remove(p) if os.path.islink(p) else os.rmdir(p)
    os.rmdir(base)
print(os.path.exists(base))

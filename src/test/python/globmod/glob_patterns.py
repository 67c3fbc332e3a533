# glob.glob and iglob over a small tree: wildcards, sets, literal paths, trailing
# slashes, hidden files, bytes patterns, root_dir; results sorted (scandir order varies).
import glob
import os

base = "tmp_glob_patterns_%d" % os.getpid()


def touch(*parts):
    with open(os.path.join(base, *parts), "w"):
        pass


def show(pattern, **kw):
    res = glob.glob(pattern, **kw)
    if isinstance(pattern, bytes):
        res = [r.replace(os.fsencode(base), b"BASE") for r in res]
    else:
        res = [r.replace(base, "BASE") for r in res]
    print(str(pattern).replace(base, "BASE"), str(kw).replace(base, "BASE"), sorted(res))


os.mkdir(base)
try:
    for d in ("a", "a/b", "a/b/c", "ab", ".hid", "a/.h2", "EF"):
        os.mkdir(os.path.join(base, d))
    for f in ("x.py", "y.py", "z.txt", ".dot.py", "a/m.py", "a/b/n.py", "a/b/c/o.py",
              ".hid/p.py", "a/.h2/q.py", "ab/r.txt", "EF/s", "[x].py", "a?b"):
        touch(*f.split("/"))
    os.symlink("x.py", os.path.join(base, "link.py"))
    os.symlink("nowhere", os.path.join(base, "broken"))
    j = lambda *p: os.path.join(base, *p)
    show(j("*.py"))
    show(j("?.py"))
    show(j("[xy].py"))
    show(j("[!x].py"))
    show(j("[a-z].*"))
    show(j("*"))
    show(j(".*"))
    show(j("*", "*.py"))
    show(j("a*", ""))
    show(j("*", ""))
    show(j("a", "b"))
    show(j("a", "b", ""))
    show(j("x.py", ""))
    show(j("nope"))
    show(j("nope", "*"))
    show(j("broken"))
    show(j("bro*"))
    show(j("[[]x].py"))
    show(j(glob.escape("[x].py")))
    show(j(glob.escape("a?b")))
    show(j("a?b"))
    show(j("*", "*", "*.py"))
    show(j("?", "*"))
    show(os.fsencode(j("*.py")))
    show(os.fsencode(j("a", "*")))
    show("*.py", root_dir=base)
    show("a/*/*", root_dir=base)
    show("a", root_dir=base)
    show("", root_dir=base)
    show("*", root_dir=os.path.join(base, "EF"))
    show(b"*", root_dir=os.fsencode(os.path.join(base, "EF")))
    show(j("*"), include_hidden=True)
    show(j("a", "*"), include_hidden=True)
    show(j("**"))
    show("")
    it = glob.iglob(j("*.txt"))
    print(type(it).__name__ != "list", sorted(p.replace(base, "BASE") for p in it))
    print(glob.escape("a*b?c[d]e"), glob.escape(b"x[*]"), glob.escape("plain"))
    print(glob.has_magic("a*"), glob.has_magic("abc"), glob.has_magic(b"[x]"))
    print(sorted(glob.glob1(base, "*.txt")), glob.glob0(base, "x.py"), glob.glob0(base, "q"))
    print(glob.__all__)
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            p = os.path.join(root, d)
            os.remove(p) if os.path.islink(p) else os.rmdir(p)
    os.rmdir(base)
print(os.path.exists(base))

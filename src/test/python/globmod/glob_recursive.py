# glob with recursive=True: '**' matches zero or more directories, hidden rules,
# '**/' for directories only, symlinked directories, include_hidden; dir_fd=None.
import glob
import os

base = "tmp_glob_recursive_%d" % os.getpid()


def show(pattern, **kw):
    res = sorted(r.replace(base, "BASE") for r in glob.glob(pattern, **kw))
    print(pattern.replace(base, "BASE"), str(kw).replace(base, "BASE"), res)


os.mkdir(base)
try:
    for d in ("a", "a/b", "a/b/c", ".h", ".h/i", "a/.j"):
        os.mkdir(os.path.join(base, d))
    for f in ("top.py", "a/one.py", "a/b/two.py", "a/b/c/three.txt", ".h/four.py",
              ".h/i/five.py", "a/.j/six.py", "a/.seven.py"):
        open(os.path.join(base, f), "w").close()
    os.symlink("a/b", os.path.join(base, "lnk"))
    j = lambda *p: os.path.join(base, *p)
    show(j("**"), recursive=True)
    show(j("**", ""), recursive=True)
    show(j("**", "*.py"), recursive=True)
    show(j("**", "*.py"), recursive=True, include_hidden=True)
    show(j("**"), recursive=True, include_hidden=True)
    show(j("a", "**", "*.txt"), recursive=True)
    show(j("a", "**"), recursive=True)
    show(j("**", "b", "**"), recursive=True)
    show(j("**", "*.py"))
    show(j("a", "***"), recursive=True)
    show(j(".h", "**"), recursive=True)
    show(j("**", ".*"), recursive=True)
    show("**", root_dir=base, recursive=True)
    show("**/", root_dir=base, recursive=True)
    show("**/*.txt", root_dir=base, recursive=True)
    show("a/**", root_dir=base, recursive=True, include_hidden=True)
    print(sorted(glob.iglob("**/two.py", root_dir=base, recursive=True)))
    bres = glob.glob(b"**/*.txt", root_dir=os.fsencode(base), recursive=True)
    print(sorted(bres))
    print(sorted(glob.glob("*.py", root_dir=base, dir_fd=None)))
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            p = os.path.join(root, d)
            os.remove(p) if os.path.islink(p) else os.rmdir(p)
    os.rmdir(base)
print(os.path.exists(base))

# shutil.copytree (ignore, ignore_patterns, dirs_exist_ok, symlinks, copy_function,
# dangling links, Error's list), rmtree (onerror, ignore_errors, links) and move.
import os
import shutil
import sys

base = "tmp_shutil_tree_%d" % os.getpid()


def rel(p):
    return str(p).replace(base, "BASE")


def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        for n in sorted(dirs + files):
            p = os.path.join(root, n)
            kind = "L" if os.path.islink(p) else "D" if os.path.isdir(p) else "F"
            out.append(kind + ":" + os.path.relpath(p, top))
    return sorted(out)


def write(p, text="x"):
    with open(os.path.join(base, p), "w") as f:
        f.write(text)


os.mkdir(base)
try:
    for d in ("src", "src/a", "src/a/b", "src/c", "src/__pycache__"):
        os.mkdir(os.path.join(base, d))
    for f in ("src/one.py", "src/two.pyc", "src/a/three.txt", "src/a/b/four.py",
              "src/__pycache__/x.pyc", "src/c/five.tmp"):
        write(f, f)
    os.symlink("one.py", os.path.join(base, "src", "ln"))
    os.symlink("a", os.path.join(base, "src", "dirln"))
    src = os.path.join(base, "src")
    j = lambda *p: os.path.join(base, *p)

    print(rel(shutil.copytree(src, j("c1"))))
    print(tree(j("c1")))
    shutil.copytree(src, j("c2"), symlinks=True)
    print(tree(j("c2")), os.readlink(j("c2", "ln")))
    calls = []

    def ign(path, names):
        calls.append((rel(path), sorted(names)))
        return {"__pycache__", "two.pyc"} & set(names)

    shutil.copytree(src, j("c3"), ignore=ign, symlinks=True)
    print(tree(j("c3")))
    print(sorted(calls))
    shutil.copytree(src, j("c4"), ignore=shutil.ignore_patterns("*.pyc", "*.tmp", "__*"))
    print(tree(j("c4")))
    print(sorted(shutil.ignore_patterns("*.py", "a*")("x", ["a.py", "b.py", "ab", "c"])))
    copied = []

    def cf(s, d):
        copied.append((type(s).__name__, rel(s), rel(d)))
        return shutil.copy(s, d)

    shutil.copytree(j("src", "a"), j("c5"), copy_function=cf)
    print(sorted(copied))
    try:
        shutil.copytree(src, j("c1"))
    except FileExistsError as e:
        print("FileExistsError", e.errno, rel(e.filename))
    write("src/a/new.txt", "new")
    write("src/one.py", "changed")
    shutil.copytree(src, j("c1"), dirs_exist_ok=True)
    print(tree(j("c1")), open(j("c1", "one.py")).read())
    try:
        shutil.copytree(j("nope"), j("c6"))
    except FileNotFoundError as e:
        print("FileNotFoundError", rel(e))

    os.symlink("missing", j("src", "dangling"))
    try:
        shutil.copytree(src, j("c7"))
    except shutil.Error as e:
        print("Error", len(e.args), [tuple(rel(x) for x in t) for t in e.args[0]])
    shutil.copytree(src, j("c8"), ignore_dangling_symlinks=True)
    print("dangling" in os.listdir(j("c8")))
    os.remove(j("src", "dangling"))

    # rmtree
    shutil.rmtree(j("c8"))
    print(os.path.exists(j("c8")))
    errs = []
    shutil.rmtree(j("nope"), onerror=lambda f, p, ei: errs.append((f.__name__, rel(p), ei[0].__name__)))
    print(errs)
    shutil.rmtree(j("nope"), ignore_errors=True)
    try:
        shutil.rmtree(j("nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", rel(e))
    try:
        shutil.rmtree(j("c2", "dirln"))
    except OSError as e:
        print(type(e).__name__, e)
    errs = []
    shutil.rmtree(j("c2", "dirln"), onerror=lambda f, p, ei: errs.append((f.__name__, rel(p), str(ei[1]))))
    print(errs)
    try:
        shutil.rmtree(j("c1", "one.py"))
    except NotADirectoryError as e:
        print("NotADirectoryError", rel(e))
    errs = []
    shutil.rmtree(j("c1", "one.py"), onerror=lambda f, p, ei: errs.append((f.__name__, rel(p), rel(ei[1].filename))))
    print(errs)
    shutil.rmtree(j("c2"))
    print(tree(j("src")) == tree(j("c1")) or "differ", os.path.exists(j("c2")))
    print(shutil.rmtree.avoids_symlink_attacks in (True, False))

    # move
    print(rel(shutil.move(j("c3"), j("m1"))), os.path.exists(j("c3")))
    os.mkdir(j("into"))
    print(rel(shutil.move(j("m1"), j("into"))), tree(j("into"))[:3])
    print(rel(shutil.move(j("c4", "one.py"), j("into"))))
    print(rel(shutil.move(j("into", "one.py"), j("renamed.py"))))
    write("into/m1/one.py")
    try:
        shutil.move(j("into", "m1"), j("into"))
    except shutil.Error as e:
        print("Error", rel(e))
    os.mkdir(j("c4", "m1"))
    try:
        shutil.move(j("c4", "m1"), j("into"))
    except shutil.Error as e:
        print("Error", rel(e))
    try:
        shutil.move(j("nope"), j("x"))
    except FileNotFoundError as e:
        print("FileNotFoundError", rel(e))
    print(rel(shutil.move(j("c1") + "/", j("into"))))
    print(sorted(os.listdir(j("into"))))
    print(shutil.move(j("into"), j("into")))
finally:
    shutil.rmtree(base)
print(os.path.exists(base))

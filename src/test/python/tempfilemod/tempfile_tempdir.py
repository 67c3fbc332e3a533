# TemporaryDirectory: context manager, cleanup(), repr, implicit cleanup with a
# ResourceWarning when collected, ignore_cleanup_errors, bytes names.
import gc
import os
import shutil
import tempfile
import warnings

base = os.path.abspath("tmp_tempfile_dir_%d" % os.getpid())
os.mkdir(base)


def shape(p):
    p = os.fsdecode(p)
    d, n = os.path.split(p)
    return os.path.join(d.replace(base, "BASE"), n[:3] + "X" * (len(n) - 3))


try:
    with tempfile.TemporaryDirectory(dir=base) as d:
        print(type(d).__name__, shape(d), os.path.isdir(d))
        os.makedirs(os.path.join(d, "a", "b"))
        open(os.path.join(d, "a", "b", "f"), "w").close()
        os.symlink("/", os.path.join(d, "root_link"))
    print(os.path.exists(d), os.listdir(base))

    t = tempfile.TemporaryDirectory(suffix="_s", prefix="p_", dir=base)
    print(repr(t).replace(t.name, "NAME"), os.path.basename(t.name).startswith("p_"), t.name.endswith("_s"))
    open(os.path.join(t.name, "x"), "w").close()
    t.cleanup()
    print(os.path.exists(t.name))
    t.cleanup()
    with t as again:
        print(again == t.name)

    t = tempfile.TemporaryDirectory(dir=base)
    shutil.rmtree(t.name)
    t.cleanup()
    print("cleanup of a removed directory: fine")

    t = tempfile.TemporaryDirectory(dir=os.fsencode(base))
    print(type(t.name).__name__)
    t.cleanup()

    t = tempfile.TemporaryDirectory(dir=base)
    name = t.name
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        del t
        gc.collect()
    print(os.path.exists(name), [(x.category.__name__, str(x.message).replace(name, "NAME")) for x in w])

    # a directory replaced by a file cannot be removed by rmtree
    t = tempfile.TemporaryDirectory(dir=base)
    os.rmdir(t.name)
    open(t.name, "w").close()
    try:
        t.cleanup()
    except NotADirectoryError as e:
        print("NotADirectoryError", e.errno)
    os.remove(t.name)
    t = tempfile.TemporaryDirectory(dir=base, ignore_cleanup_errors=True)
    os.rmdir(t.name)
    open(t.name, "w").close()
    t.cleanup()
    print(os.path.isfile(t.name))
    os.remove(t.name)
    try:
        tempfile.TemporaryDirectory(dir=os.path.join(base, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    print(os.listdir(base))
finally:
    shutil.rmtree(base)

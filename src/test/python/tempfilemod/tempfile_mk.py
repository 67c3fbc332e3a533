# tempfile's low-level functions: mkstemp, mkdtemp, mktemp, gettempdir/prefix, tempdir,
# the name format (prefix + 8 characters of the module's alphabet + suffix), bytes
# names, modes, and argument errors. Names are random: only their shape is printed.
import os
import re
import stat
import tempfile

base = os.path.abspath("tmp_tempfile_mk_%d" % os.getpid())
os.mkdir(base)
ALPHA = "abcdefghijklmnopqrstuvwxyz0123456789_"


def shape(path, prefix="tmp", suffix=""):
    """The path with its random part replaced by XXXXXXXX, checked against the alphabet."""
    path = os.fsdecode(path)
    d, name = os.path.split(path)
    assert name.startswith(prefix) and name.endswith(suffix), name
    mid = name[len(prefix):len(name) - len(suffix)]
    assert len(mid) == 8 and all(c in ALPHA for c in mid), mid
    return os.path.join(d.replace(base, "BASE"), prefix + "XXXXXXXX" + suffix)


try:
    print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template)
    print(tempfile.TMP_MAX, tempfile._RandomNameSequence.characters)
    d = tempfile.gettempdir()
    print(os.path.isabs(d), os.path.isdir(d), tempfile.gettempdirb() == os.fsencode(d))
    print(tempfile.tempdir == d)

    fd, name = tempfile.mkstemp(dir=base)
    print(type(fd).__name__, shape(name), oct(stat.S_IMODE(os.stat(name).st_mode)))
    os.write(fd, b"data")
    os.close(fd)
    with open(name, "rb") as f:
        print(f.read())
    fd2, name2 = tempfile.mkstemp(suffix=".txt", prefix="pre_", dir=base, text=True)
    os.close(fd2)
    print(shape(name2, "pre_", ".txt"), name != name2)
    fd3, name3 = tempfile.mkstemp(suffix=b".b", dir=os.fsencode(base))
    os.close(fd3)
    print(type(name3).__name__, shape(name3, "tmp", ".b"))
    fd4, name4 = tempfile.mkstemp(dir=os.path.relpath(base))
    os.close(fd4)
    print(os.path.isabs(name4), shape(name4))

    dd = tempfile.mkdtemp(dir=base)
    print(shape(dd), os.path.isdir(dd), oct(stat.S_IMODE(os.stat(dd).st_mode)))
    dd2 = tempfile.mkdtemp(suffix="_s", prefix="p_", dir=base)
    print(shape(dd2, "p_", "_s"))
    dd3 = tempfile.mkdtemp(prefix=b"bb", dir=os.fsencode(base))
    print(type(dd3).__name__, shape(dd3, "bb"))
    rel = os.path.relpath(base)
    dd4 = tempfile.mkdtemp(dir=rel)
    print(os.path.isabs(dd4), dd4.startswith(rel))

    m = tempfile.mktemp(dir=base)
    print(shape(m), os.path.exists(m))
    m = tempfile.mktemp(".x", "y", base)
    print(shape(m, "y", ".x"))

    names = {tempfile.mktemp(dir=base) for i in range(200)}
    print(len(names))

    for bad in [lambda: tempfile.mkstemp(prefix=b"a", suffix="b"),
                lambda: tempfile.mkdtemp(dir=os.fsencode(base), suffix="x"),
                lambda: tempfile.mkstemp(dir=os.path.join(base, "nope")),
                lambda: tempfile.mkdtemp(dir=os.path.join(base, "nope")),
                lambda: tempfile.mkstemp(prefix=1)]:
        try:
            bad()
        except (TypeError, OSError) as e:
            print(type(e).__name__, str(e).replace(base, "BASE").split(": '")[0])

    old = tempfile.tempdir
    tempfile.tempdir = base
    fd, name = tempfile.mkstemp()
    os.close(fd)
    print(shape(name), tempfile.gettempdir() == base)
    tempfile.tempdir = os.fsencode(base)
    fd, name = tempfile.mkstemp()
    os.close(fd)
    print(type(name).__name__, shape(name))
    tempfile.tempdir = old

    seq = tempfile._RandomNameSequence()
    print(iter(seq) is seq, all(len(next(seq)) == 8 for i in range(5)))
    print(sorted(tempfile.__all__))
finally:
    import shutil
    shutil.rmtree(base)
print(os.path.exists(base))

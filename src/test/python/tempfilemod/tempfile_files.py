# TemporaryFile, NamedTemporaryFile (delete, mode, suffix/prefix/dir, the wrapper's
# attributes and context manager) and SpooledTemporaryFile (rollover, text mode).
import io
import os
import tempfile

base = os.path.abspath("tmp_tempfile_files_%d" % os.getpid())
os.mkdir(base)
try:
    f = tempfile.TemporaryFile(dir=base)
    print(type(f).__name__, f.mode, isinstance(f.name, int), f.name == f.fileno())
    f.write(b"hello world")
    f.seek(0)
    print(f.read(), os.listdir(base))
    f.close()
    with tempfile.TemporaryFile("w+", dir=base, encoding="utf-8") as t:
        print(type(t).__name__, t.mode, t.encoding)
        t.write("héllo\nline2\n")
        t.seek(0)
        print(t.readlines())
    print(t.closed)
    with tempfile.TemporaryFile(mode="wb", buffering=0, dir=base) as r:
        print(type(r).__name__, r.mode)

    n = tempfile.NamedTemporaryFile(dir=base, suffix=".dat", prefix="nt_")
    name = n.name
    print(type(n).__name__, os.path.basename(name).startswith("nt_"), name.endswith(".dat"))
    print(n.delete, n.file.name == name, type(n.file).__name__, n.mode)
    print(sorted(vars(n)))
    n.write(b"abc")
    n.flush()
    with open(name, "rb") as g:
        print(g.read())
    w = n.write
    print(w(b"def"), n.tell(), callable(w))
    print(os.path.exists(name))
    n.close()
    print(os.path.exists(name), n.closed, n.file.closed)
    n.close()

    with tempfile.NamedTemporaryFile("w+", dir=base, encoding="ascii") as n:
        print(n.mode, n.encoding, n.__enter__() is n)
        n.write("one\ntwo\n")
        n.seek(0)
        print([line for line in n])
        name = n.name
    print(os.path.exists(name))

    n = tempfile.NamedTemporaryFile(dir=base, delete=False)
    n.write(b"kept")
    n.close()
    print(os.path.exists(n.name), open(n.name, "rb").read())
    os.remove(n.name)

    nb = tempfile.NamedTemporaryFile(dir=os.fsencode(base))
    print(type(nb.name).__name__)
    nb.close()
    try:
        tempfile.NamedTemporaryFile(dir=os.path.join(base, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    try:
        tempfile.NamedTemporaryFile(mode="q", dir=base)
    except ValueError as e:
        print("ValueError", e)
    print(os.listdir(base))

    s = tempfile.SpooledTemporaryFile(max_size=10, dir=base)
    print(isinstance(s, io.IOBase), s._rolled, s.name, s.mode, s.closed)
    s.write(b"12345")
    print(s._rolled, s.tell(), type(s._file).__name__)
    s.write(b"678901")
    print(s._rolled, s.tell(), type(s._file).__name__, s.mode)
    s.seek(0)
    print(s.read(), s.readable(), s.writable(), s.seekable())
    s.close()
    print(s.closed)
    s = tempfile.SpooledTemporaryFile(dir=base)
    s.write(b"x" * 100000)
    print(s._rolled)
    print(isinstance(s.fileno(), int), s._rolled)
    s.close()
    with tempfile.SpooledTemporaryFile(max_size=5, mode="w+", dir=base, encoding="utf-8") as s:
        s.write("ab")
        print(s.encoding, s.mode, s.errors, s.newlines, s._rolled)
        s.writelines(["cd", "ef\n"])
        print(s._rolled, s.tell())
        s.seek(0)
        print(repr(s.readline()), s.newlines)
    try:
        s.__enter__()
    except ValueError as e:
        print("ValueError", e)
    s = tempfile.SpooledTemporaryFile(max_size=100)
    s.write(b"abcdef")
    s.truncate(3)
    s.seek(0)
    print(s.read(), s._rolled)
    s.truncate(200)
    print(s._rolled)
    s.close()
    s = tempfile.SpooledTemporaryFile()
    s.write(b"hello")
    s.seek(0)
    b = bytearray(3)
    e = tempfile.SpooledTemporaryFile()
    print(s.readinto(b), b, s.read1(), list(iter(e)))
    print(tempfile.SpooledTemporaryFile[int], tempfile.TemporaryDirectory[str])
    print(os.listdir(base))
finally:
    import shutil
    shutil.rmtree(base)

NAME = "_tmp_io_seek_tell_text.txt"
with open(NAME, "w", encoding="utf-8") as f:
    print(f.tell())
    f.write("héllo\nwörld\n日本語\n")
    print(f.tell())
with open(NAME, encoding="utf-8") as f:
    print(f.tell(), repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.read(3)), f.tell())
    print(repr(f.readline()), f.tell())
    f.seek(pos)
    print(repr(f.readline()))
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(0), repr(f.read(1)))
    print(f.seek(0, 1) == f.tell())
    for args in [(1, 1), (-1, 2), (-5,), (0, 3)]:
        try:
            f.seek(*args)
        except Exception as e:
            print(type(e).__name__, e)
with open(NAME, "r+", encoding="utf-8") as f:
    f.seek(0, 2)
    f.write("end\n")
    f.seek(0)
    print(f.read().splitlines())
    print(f.truncate(6), f.tell())
with open(NAME, encoding="utf-8") as f:
    print(repr(f.read()))
try:
    import os  # remove the scratch file (ImportError only on an interpreter without os)
    os.remove(NAME)
except ImportError:
    open(NAME, "w").close()

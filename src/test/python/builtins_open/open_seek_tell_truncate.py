NAME = "_tmp_builtins_open_seek_tell_truncate.bin"
with open(NAME, "wb") as f:
    f.write(b"0123456789")
    print(f.tell())
with open(NAME, "r+b") as f:
    print(f.seek(3), f.read(2), f.tell())
    print(f.seek(-2, 2), f.read())
    f.seek(2)
    print(f.seek(3, 1), f.read(1))
    f.seek(0)
    f.write(b"AB")
    f.seek(0)
    print(f.read())
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read())
    print(f.seekable(), f.readable(), f.writable())
with open(NAME, "rb") as f:
    f.seek(100)
    print(f.read(), f.tell())
with open(NAME) as f:
    try:
        f.seek(1, 1)
    except Exception as e:
        print(type(e).__name__, e)

import io

NAME = "_tmp_io_buffered_classes.bin"
with open(NAME, "wb") as f:
    f.write(b"0123456789" * 3)
raw = io.FileIO(NAME, "r+")
b = io.BufferedRandom(raw, buffer_size=8)
print(b.read(4), b.peek(1)[:1], b.read1(3), b.tell())
b.write(b"XY")
print(b.tell())
b.seek(0)
print(b.read())
b.seek(5)
print(b.read(2), b.seek(-2, 1), b.read(2))
b.close()
print(raw.closed, b.closed)
r = io.BufferedReader(io.FileIO(NAME))
print(r.read(5), r.readline(), r.raw.name == NAME)
r.close()
w = io.BufferedWriter(io.FileIO(NAME, "w"), 4)
for i in range(5):
    w.write(b"%d-" % i)
w.flush()
w.close()
with open(NAME, "rb") as f:
    print(f.read())
try:
    io.BufferedReader(io.FileIO(NAME, "w"))
except OSError as e:
    print(type(e).__name__, e)
try:
    io.BufferedWriter(io.BytesIO(), 0)
except ValueError as e:
    print("ValueError", e)
with open(NAME, "rb") as f:
    print(f.read(100), f.read(), f.read(0))
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
try:
    import os  # remove the scratch file (ImportError only on an interpreter without os)
    os.remove(NAME)
except ImportError:
    open(NAME, "w").close()

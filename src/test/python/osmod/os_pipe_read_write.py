# os.pipe, os.read, os.write and os.close on one thread: data, end of file and CPython's errors.
import os


def attempt(what, f, *args, **kwargs):
    try:
        print(what, "->", repr(f(*args, **kwargs)))
    except Exception as e:
        print(what, "!!", type(e).__name__, e)


r, w = os.pipe()
print(type(r).__name__, type(w).__name__, w == r + 1, r > 2)
print(os.write(w, b"hello"), os.write(w, bytearray(b" pipe")), os.write(w, memoryview(b"!")))
print(os.read(r, 3), os.read(r, 100))
print(repr(os.read(r, 0)))
print(os.isatty(r), os.isatty(w), os.isatty(12345))

# a big write is all there, in order, read back in pieces
data = bytes(i % 251 for i in range(50000))
print(os.write(w, data))
got = b""
while len(got) < len(data):
    got += os.read(r, 7000)
print(got == data)

attempt("read from the write end", os.read, w, 1)
attempt("write to the read end", os.write, r, b"x")
attempt("negative size", os.read, r, -1)
attempt("str data", os.write, w, "text")
attempt("int data", os.write, w, 5)
attempt("str fd", os.read, "3", 1)
attempt("float fd", os.close, 1.5)
attempt("float size", os.read, r, 2.0)
attempt("huge fd", os.read, 2 ** 40, 1)
attempt("huge size", os.read, r, 2 ** 70)
attempt("unknown fd", os.read, 999, 1)
attempt("unknown fd", os.write, 999, b"x")
attempt("unknown fd", os.close, 999)
attempt("no arguments", os.read)
attempt("three arguments", os.write, w, b"", 1)
attempt("close by keyword", os.close, fd=999)
attempt("close without fd", os.close)

# end of file once the write end is closed (after what was still buffered)
os.write(w, b"last")
os.close(w)
print(os.read(r, 10), os.read(r, 10), os.read(r, 10))
attempt("closed twice", os.close, w)
os.close(r)

# a closed read end: writing is a broken pipe
r, w = os.pipe()
os.close(r)
try:
    os.write(w, b"x")
except BrokenPipeError as e:
    print("BrokenPipeError:", e, e.errno, isinstance(e, OSError))
os.close(w)

# descriptors are reused lowest first, and open() works on a pipe end
r1, w1 = os.pipe()
r2, w2 = os.pipe()
os.close(r1)
r3, w3 = os.pipe()
print(r3 == r1, w3 == w2 + 1)
for fd in (w1, r2, w2, r3, w3):
    os.close(fd)

r, w = os.pipe()
with open(w, "w") as out:
    out.write("line one\nline two\n")
with open(r) as src:
    print(src.readlines())
attempt("closed by the file object", os.close, r)

# Writing through a memoryview changes the exporter; bytes views are read-only.
buf = bytearray(b"hello world")
v = memoryview(buf)
v[0] = ord("H")
v[-1] = 68
v[6:11] = b"WORLD"
print(buf, v.tobytes())
v[0:5:2] = b"xyz"
print(buf)
v[::-1] = bytearray(b"abcdefghijk")
print(buf)
sub = v[2:8]
sub[0] = 33
sub[1:3] = memoryview(b"##")
print(buf, sub.tobytes(), sub.obj is buf)
v[0:4] = v[4:8]
print(buf)


def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


ro = memoryview(b"abc")
attempt("bytes item", lambda: ro.__setitem__(0, 1))
attempt("bytes slice", lambda: ro.__setitem__(slice(0, 1), b"x"))
attempt("readonly", lambda: memoryview(buf).toreadonly().__setitem__(0, 1))
attempt("too big", lambda: v.__setitem__(0, 256))
attempt("negative", lambda: v.__setitem__(0, -1))
attempt("bytes value", lambda: v.__setitem__(0, b"a"))
attempt("float value", lambda: v.__setitem__(0, 1.5))
attempt("out of range", lambda: v.__setitem__(11, 1))
attempt("size mismatch", lambda: v.__setitem__(slice(0, 2), b"abc"))
attempt("int source", lambda: v.__setitem__(slice(0, 2), 5))
attempt("list source", lambda: v.__setitem__(slice(0, 2), [1, 2]))
attempt("format mismatch", lambda: v.__setitem__(slice(0, 2), memoryview(b"ab").cast("c")))
attempt("delete", lambda: v.__delitem__(0))
attempt("delete readonly", lambda: ro.__delitem__(0))
attempt("bad key", lambda: v.__setitem__("k", 1))
attempt("tuple key", lambda: v.__setitem__((1,), 70))
print(buf)

# cast(format[, shape]): typed items, multi-dimensional shapes, tolist/tobytes.
raw = bytearray(range(1, 17))
m = memoryview(raw)
for fmt in ["B", "b", "c", "H", "h", "I", "i", "L", "l", "Q", "q", "f", "d", "?", "@B"]:
    c = m.cast(fmt)
    print(fmt, c.format, c.itemsize, len(c), c.shape, c.strides, c.nbytes, c.tolist()[:3])
h = m.cast("H")
h[0] = 65535
h[1] = 0x0102
print(h[0], h[-1], raw[:4], h.cast("B").tolist()[:4])
d = memoryview(bytearray(16)).cast("d")
d[0] = 1.5
d[1] = 7
print(d.tolist(), d.cast("B").cast("q").tolist())
f = memoryview(bytearray(4)).cast("f")
f[0] = 0.1
print(f.tolist(), f[0] == 0.1)
q = memoryview(bytearray(16)).cast("Q")
q[0] = 2 ** 64 - 1
q[1] = 2 ** 63
print(q.tolist(), q.cast("B").cast("q").tolist())
flags = memoryview(bytearray(3)).cast("?")
flags[0] = 5
flags[2] = []
print(flags.tolist())
chars = memoryview(bytearray(b"abc")).cast("c")
chars[1] = b"Z"
print(chars.tolist(), chars[0])
grid = memoryview(b"abcdef").cast("B", (2, 3))
print(grid.ndim, grid.shape, grid.strides, grid.tolist(), grid[1, 2], grid[-1, 0], len(grid))
print(grid.tobytes(), grid.tobytes("F"), grid.tobytes(order="A"), grid.hex(), grid.c_contiguous, grid.f_contiguous)
print(grid.cast("B").tolist(), grid.cast("c", [6]).tolist(), memoryview(b"ab").cast("B", [2, 1, 1]).tolist())
print(memoryview(b"abcd").cast("B", (2, 2)) == memoryview(b"abcd").cast("B", [2, 2]))
zero = memoryview(bytearray(b"\x07\x00")).cast("H", ())
print(zero.ndim, zero.shape, zero.strides, zero.tolist(), zero[()], len(zero))
zero[()] = 9
print(zero.tobytes())


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r if not isinstance(r, memoryview) else r.tolist())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("unknown format", lambda: m.cast("x"))
attempt("byte order", lambda: m.cast("<H"))
attempt("two chars", lambda: m.cast("BB"))
attempt("bytes format", lambda: m.cast(b"B"))
attempt("non-byte to non-byte", lambda: h.cast("I"))
attempt("non-byte to byte", lambda: h.cast("b"))
attempt("not multiple", lambda: memoryview(b"abc").cast("H"))
attempt("bad product", lambda: m.cast("B", (3, 5)))
attempt("shape int", lambda: m.cast("B", 16))
attempt("shape zero", lambda: m.cast("B", (0, 16)))
attempt("shape str", lambda: m.cast("B", ("a",)))
attempt("non-contiguous", lambda: m[::2].cast("B"))
attempt("ND to ND", lambda: grid.cast("B", (3, 2)))
attempt("too many dims", lambda: m.cast("B", (1,) * 65))
attempt("empty cast", lambda: memoryview(b"").cast("H"))
attempt("empty shaped", lambda: memoryview(b"").cast("B", (1,)))
attempt("sub-view", lambda: grid[0])
attempt("row slice", lambda: grid[1:].tolist())
attempt("2-D slice", lambda: grid[0:1, 0:1])
attempt("2-D iter", lambda: list(grid))
attempt("tuple too long", lambda: grid[0, 0, 0])
attempt("dimension 2", lambda: grid[0, 3])
attempt("0-dim index", lambda: zero[0])
attempt("0-dim iter", lambda: list(zero))
attempt("bad order", lambda: grid.tobytes("X"))
attempt("int value", lambda: h.__setitem__(0, 65536))
attempt("float type", lambda: h.__setitem__(0, 1.0))
attempt("q range", lambda: memoryview(bytearray(8)).cast("q").__setitem__(0, 2 ** 63))
attempt("c type", lambda: chars.__setitem__(0, "a"))
attempt("c length", lambda: chars.__setitem__(0, b"ab"))
attempt("d type", lambda: d.__setitem__(0, "1.0"))
attempt("2-D slice assign", lambda: memoryview(bytearray(4)).cast("B", (2, 2)).__setitem__(slice(0, 1), b"ab"))

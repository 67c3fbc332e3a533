# release(), the context manager, and the bytearray/BytesIO exports a live view holds.
import io


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)


m = memoryview(b"abc")
m.release()
m.release()
print(repr(m).startswith("<released memory at 0x"))
for name in ["len", "item", "tobytes", "tolist", "hex", "obj", "format", "readonly", "nbytes", "shape",
             "cast", "toreadonly", "bytes", "hash", "enter", "c_contiguous"]:
    ops = {"len": len, "item": lambda v: v[0], "tobytes": lambda v: v.tobytes(), "tolist": lambda v: v.tolist(),
           "hex": lambda v: v.hex(), "obj": lambda v: v.obj, "format": lambda v: v.format,
           "readonly": lambda v: v.readonly, "nbytes": lambda v: v.nbytes, "shape": lambda v: v.shape,
           "cast": lambda v: v.cast("B"), "toreadonly": lambda v: v.toreadonly(), "iter": iter, "bytes": bytes,
           "hash": hash, "enter": lambda v: v.__enter__(), "c_contiguous": lambda v: v.c_contiguous}
    attempt(name, lambda: ops[name](m))
print(m == m, m == b"abc", m != m)

with memoryview(b"xyz") as v:
    print(v.tobytes(), v[1])
attempt("after with", lambda: v[0])

buf = bytearray(b"data")
view = memoryview(buf)
for label, op in [("append", lambda: buf.append(1)), ("extend", lambda: buf.extend(b"x")),
                  ("iadd", lambda: buf.__iadd__(b"x")), ("imul", lambda: buf.__imul__(2)),
                  ("pop", lambda: buf.pop()), ("remove", lambda: buf.remove(100)), ("clear", lambda: buf.clear()),
                  ("insert", lambda: buf.insert(0, 1)), ("del item", lambda: buf.__delitem__(0)),
                  ("del slice", lambda: buf.__delitem__(slice(0, 4, 2))), ("grow slice", lambda: buf.__setitem__(slice(0, 1), b"ab")),
                  ("init", lambda: buf.__init__(b"new"))]:
    attempt(label, op)
buf[0:2] = b"DA"
buf *= 1
buf[::2] = b"xy"
print(buf, view.tobytes())
sub = view[1:]
view.release()
attempt("sub still exports", lambda: buf.append(33))
sub.release()
buf.append(33)
print(buf)
with memoryview(buf) as w:
    attempt("inside with", lambda: buf.append(34))
buf.append(35)
tmp = memoryview(buf)
del tmp
buf.append(36)
print(buf)
ro = memoryview(buf).toreadonly()
attempt("toreadonly exports", lambda: buf.append(37))
ro.release()
buf.append(37)
print(buf, len(buf))

stream = io.BytesIO(b"stream")
gb = stream.getbuffer()
gb[0] = ord("S")
print(gb.readonly, gb.tobytes(), stream.getvalue(), len(gb))
attempt("write", lambda: stream.write(b"!"))
attempt("truncate", lambda: stream.truncate(2))
attempt("close", lambda: stream.close())
print(stream.read())
gb.release()
stream.write(b"!")
print(stream.getvalue())
stream.close()
attempt("closed getbuffer", lambda: stream.getbuffer())

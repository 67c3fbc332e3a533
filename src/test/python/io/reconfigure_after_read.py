# TextIOWrapper.reconfigure: what may change after a read (line_buffering, write_through)
# and what may not (encoding, errors, newline) until a seek or a read to the end; its
# argument errors; and the base classes' defaults (RawIOBase.readinto/write raise
# NotImplementedError, BufferedWriter has no peek).
import io

def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)

def fresh(data=b"abc\ndef", **kw):
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", **kw)

tw = fresh(); t(lambda: tw.reconfigure(encoding="latin-1")); t(lambda: (tw.encoding, tw.errors)); t(lambda: tw.read(2))
t(lambda: tw.reconfigure(encoding="utf-8")); t(lambda: tw.reconfigure(newline="x")); t(lambda: tw.reconfigure(errors="replace"))
t(lambda: tw.reconfigure(newline=None)); t(lambda: tw.reconfigure(encoding=None, errors=None))
t(lambda: tw.reconfigure(line_buffering=True, write_through=True)); t(lambda: (tw.line_buffering, tw.write_through))
tw.seek(0); t(lambda: tw.reconfigure(encoding="ascii")); t(lambda: tw.encoding)
tw = fresh(); tw.read(); t(lambda: tw.reconfigure(encoding="latin-1"))
tw = fresh(); tw.readline(); t(lambda: tw.reconfigure(encoding="latin-1"))
tw = fresh(); tw.read(7); t(lambda: tw.reconfigure(newline=""))
tw = fresh(); tw.read(2); tw.tell(); t(lambda: tw.reconfigure(encoding="latin-1"))
tw = fresh(); t(lambda: tw.reconfigure(newline="x")); t(lambda: tw.reconfigure(newline=5)); t(lambda: tw.reconfigure(encoding=5))
t(lambda: tw.reconfigure(errors=5)); t(lambda: tw.reconfigure("utf-8")); t(lambda: tw.reconfigure(bogus=1))
t(lambda: tw.reconfigure(encoding="nope")); t(lambda: tw.encoding)
tw = fresh(b"abc", errors="replace"); tw.reconfigure(encoding="latin-1"); t(lambda: tw.errors)
tw = fresh(b"abc", errors="replace"); tw.reconfigure(errors="ignore"); t(lambda: (tw.encoding, tw.errors))
tw = fresh(b"a\r\nb\rc"); tw.reconfigure(newline=None); t(lambda: (tw.read(), tw.newlines))
w = io.TextIOWrapper(io.BytesIO(), encoding="ascii"); w.write("x"); t(lambda: w.reconfigure(encoding="utf-8"))
w.write("é"); w.flush(); t(lambda: w.buffer.getvalue())

t(lambda: io.RawIOBase().readinto(bytearray(2))); t(lambda: io.RawIOBase().write(b"x"))
t(lambda: io.RawIOBase().read()); t(lambda: io.RawIOBase().read(2)); t(lambda: io.RawIOBase().readall())
t(lambda: hasattr(io.BufferedWriter, "peek")); t(lambda: hasattr(io.BufferedReader, "peek")); t(lambda: hasattr(io.BufferedRandom, "peek"))

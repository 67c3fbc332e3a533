# io.BufferedRWPair: reads through a BufferedReader over one raw stream, writes through
# a BufferedWriter over another (BytesIO objects, then the two ends of an os.pipe()),
# the methods it lacks (seek, fileno, detach...), close, and its errors.
import io
import os

def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)

r, w = io.BytesIO(b"hello\nworld\n"), io.BytesIO()
p = io.BufferedRWPair(r, w, 4)
t(lambda: p.read(3)); t(lambda: p.peek(2)[:0]); t(lambda: p.read1(2)); t(lambda: p.readline())
t(lambda: p.write(b"abc")); t(lambda: w.getvalue()); t(lambda: p.flush()); t(lambda: w.getvalue())
t(lambda: (p.readable(), p.writable(), p.seekable(), p.isatty(), p.closed))
t(lambda: p.seek(0)); t(lambda: p.tell()); t(lambda: p.truncate()); t(lambda: p.fileno()); t(lambda: p.detach())
b = bytearray(3); t(lambda: p.readinto(b)); t(lambda: b); t(lambda: p.readinto1(b))
print([hasattr(p, a) for a in ('raw', 'name', 'mode')])
t(lambda: repr(p)[:25])
t(lambda: p.close()); t(lambda: (r.closed, w.closed, p.closed)); t(lambda: p.read())
t(lambda: p.write(b"x"))
t(lambda: io.BufferedRWPair(io.BytesIO(), io.BytesIO(), 0))
t(lambda: io.BufferedRWPair(io.BytesIO(), io.BytesIO(), -1))
class NR(io.RawIOBase):
    def readable(self): return False
    def writable(self): return True
t(lambda: io.BufferedRWPair(NR(), io.BytesIO()))
t(lambda: io.BufferedRWPair(io.BytesIO(), NR()).writable())
class NW(io.RawIOBase):
    def readable(self): return True
t(lambda: io.BufferedRWPair(io.BytesIO(), NW()))
t(lambda: io.BufferedRWPair(io.BytesIO()))
t(lambda: io.BufferedRWPair(1, 2))
rr, ww = os.pipe()
rf, wf = open(rr, 'rb', buffering=0), open(ww, 'wb', buffering=0)
p = io.BufferedRWPair(rf, wf)
t(lambda: p.write(b"ping\n")); t(lambda: p.flush()); t(lambda: p.readline()); t(lambda: p.isatty())
with p: pass
t(lambda: (rf.closed, wf.closed))
t(lambda: io.BufferedRWPair(io.BytesIO(b'ab'), io.BytesIO()).read())
t(lambda: io.BufferedRWPair(io.BytesIO(b'ab'), io.BytesIO()).read(-1))
t(lambda: io.BufferedRWPair(io.BytesIO(b'ab'), io.BytesIO()).read(None))
t(lambda: list(io.BufferedRWPair(io.BytesIO(b'a\nb'), io.BytesIO())))
t(lambda: io.BufferedRWPair(io.BytesIO(b'a\nb'), io.BytesIO()).readlines())
q = io.BufferedRWPair(io.BytesIO(b'a\nb'), io.BytesIO()); t(lambda: q.writelines([b'1', b'2']))
t(lambda: io.BufferedRWPair.__mro__)
print(issubclass(io.BufferedRWPair, io.BufferedIOBase), isinstance(p, io.IOBase))

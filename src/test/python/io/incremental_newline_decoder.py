# io.IncrementalNewlineDecoder: a \r held back across chunks, translate on and off,
# newlines in every combination, getstate/setstate with and without a wrapped decoder,
# reset, and the errors for bad decoder results and states.
import io
class U8:
    # a small incremental UTF-8 decoder: keeps an incomplete tail
    def __init__(self): self.buf = b""
    def decode(self, b, final=False):
        data = self.buf + b
        cut = len(data)
        if not final:
            for k in range(1, min(4, len(data)) + 1):
                c = data[-k]
                if c & 0xC0 == 0xC0:
                    need = 2 if c < 0xE0 else 3 if c < 0xF0 else 4
                    if k < need: cut = len(data) - k
                    break
                if c & 0x80 == 0: break
        self.buf = data[cut:]
        return data[:cut].decode('utf-8')
    def getstate(self): return (self.buf, 0)
    def setstate(self, st): self.buf = st[0]
    def reset(self): self.buf = b"" 
def t(f):
    try: print(repr(f()))
    except BaseException as e: print(type(e).__name__, e)
d = io.IncrementalNewlineDecoder(None, translate=True)

t(lambda: d.decode("a\r"))
t(lambda: d.getstate())
t(lambda: d.decode("\nb\rc"))
t(lambda: d.newlines)
t(lambda: d.decode("", final=True))
t(lambda: d.decode(b"x"))
t(lambda: d.decode(5))
t(lambda: d.setstate((b"", 1)))
t(lambda: d.decode("z"))
t(lambda: d.setstate(5))
t(lambda: d.setstate((b"",)))
t(lambda: d.setstate(("", 1)))
t(lambda: d.setstate((b"", "x")))
d.reset(); t(lambda: d.newlines)
d2 = io.IncrementalNewlineDecoder(U8(), translate=False)
t(lambda: d2.decode(b"a\r\n\xc3"))
t(lambda: d2.getstate())
t(lambda: d2.decode(b"\xa9\r", final=False))
t(lambda: d2.getstate())
t(lambda: d2.decode(b"", final=True))
t(lambda: d2.newlines)
t(lambda: d2.decode(b"\xff"))
t(lambda: io.IncrementalNewlineDecoder())
t(lambda: io.IncrementalNewlineDecoder(None))
t(lambda: io.IncrementalNewlineDecoder(None, 0, 'x').decode("q\r\n"))
t(lambda: io.IncrementalNewlineDecoder(5, True).decode("q"))
class D:
    def decode(self, b, final=False): return 7
t(lambda: io.IncrementalNewlineDecoder(D(), True).decode("q"))
chunks = [b'line one\r', b'\nline two\r', b'\xc3', b'\xa9\rthree\n', b'']
d3 = io.IncrementalNewlineDecoder(U8(), translate=True)
print(repr(''.join(d3.decode(c, final=(c == b'')) for c in chunks)), d3.newlines)
t(lambda: type(io.IncrementalNewlineDecoder(None, True)).__name__)
t(lambda: type(io.IncrementalNewlineDecoder(None, True)).__module__)
for s in ["\r", "\n", "\r\n", "\r\n\r", "\n\r\n", "\r\n\n\r"]:
    x = io.IncrementalNewlineDecoder(None, False); x.decode(s, final=True); print(repr(x.newlines))
t(lambda: [k for k in ('decode', 'getstate', 'setstate', 'reset', 'newlines') if k in dir(io.IncrementalNewlineDecoder)])
x = io.IncrementalNewlineDecoder(None, True)
t(lambda: x.decode("a\r", True))
t(lambda: x.decode(input="b", final=1))
class Sub(io.IncrementalNewlineDecoder): pass
t(lambda: Sub(None, True).decode("x\r\ny"))

# Protocol 5: PickleBuffer in-band and out-of-band (buffer_callback, buffers)
import pickle, io
pb = pickle.PickleBuffer(b"abc")
print(type(pb), type(pb).__module__, type(pb).__qualname__)
print(pickle.dumps(pb, 5), pickle.dumps(pickle.PickleBuffer(bytearray(b'ab')), 5))
try: pickle.dumps(pb, 4)
except Exception as e: print(type(e).__name__, e)
bufs = []
s = pickle.dumps([pickle.PickleBuffer(b'xy'), pickle.PickleBuffer(bytearray(b'zw'))], 5, buffer_callback=bufs.append); print(s, len(bufs))
r = pickle.loads(s, buffers=bufs); print([type(x).__name__ for x in r], [bytes(x) for x in r])
s = pickle.dumps([pickle.PickleBuffer(b'xy')], 5, buffer_callback=lambda b: True); print(s)
print(pb.raw().tobytes(), memoryview(pb).tobytes(), bytes(pb), memoryview(pb).readonly); pb.release()
for f in [lambda: pb.raw(), lambda: pickle.PickleBuffer('x'), lambda: pickle.dumps(pb, 5), lambda: memoryview(pb), lambda: pickle.PickleBuffer(memoryview(b'abcd')[::2]).raw(),
          lambda: pickle.dumps(pickle.PickleBuffer(memoryview(b'abcd')[::2]), 5)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
ba = bytearray(b'hello'); pb = pickle.PickleBuffer(ba); m = memoryview(pb); m[0] = ord('j'); print(ba, m.readonly)
print([n for n in dir(pb) if not n.startswith('__')], pickle.PickleBuffer.__doc__)
big = pickle.PickleBuffer(bytearray(b'z' * 70000)); s = pickle.dumps([1, big, big], 5); print(len(s), s[:20], s[-10:])
print(pickle.loads(s)[1] is pickle.loads(s)[2], type(pickle.loads(s)[1]))
# out-of-band round trip with bytearray buffers, readonly promotion
data = bytearray(b'abc')
bufs = []
s = pickle.dumps(pickle.PickleBuffer(data), 5, buffer_callback=bufs.append)
r = pickle.loads(s, buffers=[b.raw() for b in bufs]); print(type(r).__name__, bytes(r))
class ZC:
    def __init__(self, b): self.b = b
    def __reduce_ex__(self, p):
        if p >= 5: return type(self)._rebuild, (pickle.PickleBuffer(self.b),)
        return type(self)._rebuild, (bytes(self.b),)
    @classmethod
    def _rebuild(cls, obj):
        with memoryview(obj) as m: return cls(bytearray(m))
z = ZC(bytearray(b'zero-copy'))
for p in (2, 4, 5):
    s = pickle.dumps(z, p); print(p, s, pickle.loads(s).b)
b2 = []; s = pickle.dumps(z, 5, buffer_callback=b2.append); print(s, pickle.loads(s, buffers=b2).b)

# base64: encodebytes/decodebytes and encode/decode on binary files, test().
import base64
import io
import array

for n in (0, 1, 56, 57, 58, 114, 200):
    data = bytes((i * 13) & 0xFF for i in range(n))
    e = base64.encodebytes(data)
    print(n, e.count(b'\n'), len(e), base64.decodebytes(e) == data)
    inp, out = io.BytesIO(data), io.BytesIO()
    base64.encode(inp, out)
    print(out.getvalue() == e)
    back = io.BytesIO()
    base64.decode(io.BytesIO(out.getvalue()), back)
    print(back.getvalue() == data)

print(base64.encodebytes(bytearray(b'abc')), base64.encodebytes(memoryview(b'abc')))
print(base64.decodebytes(bytearray(b'YWJj\n')))


class Trickle(io.RawIOBase):
    """Returns at most 5 bytes per read, so encode must gather full lines."""
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, buf):
        n = min(5, len(buf), len(self.data))
        buf[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


out = io.BytesIO()
base64.encode(Trickle(b'x' * 130), out)
print(out.getvalue())

for bad in ['abc', 3, array.array('i', [1]), memoryview(b'abcd').cast('B', (2, 2))]:
    for f in (base64.encodebytes, base64.decodebytes):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, e)
print(base64.encodebytes(array.array('b', [1, 2])), base64.encodebytes(array.array('B', [255])))
base64.test()

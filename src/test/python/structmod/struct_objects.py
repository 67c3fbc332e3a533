# Struct objects, pack_into/unpack_from with offsets, iter_unpack, half-precision rounding
import struct

s = struct.Struct('<ih')
print(s.format, s.size, type(s).__name__, type(s).__module__, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'))
print(struct.Struct(b'>Q').format, struct.Struct(format='3s').size)
buf = bytearray(12)
s.pack_into(buf, 2, -1, 7)
struct.pack_into('>H', buf, -2, 0xABCD)
print(buf, s.unpack_from(buf, 2), s.unpack_from(buf, offset=2), struct.unpack_from('>H', buf, -2))
struct.pack_into('b', buf, 0, 5)
print(buf[:3], struct.unpack_from('<b', buf), struct.unpack_from('<b', bytes(buf), 0))
mv = memoryview(bytearray(8))
struct.pack_into('<I', mv, 4, 0x01020304)
print(bytes(mv))

it = s.iter_unpack(b'\x01\x00\x00\x00\x02\x00' * 3)
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(struct.iter_unpack('<2B', b'\x01\x02\x03\x04')), list(struct.iter_unpack('b', b'')))
s3 = struct.Struct('3i')
print(s3.unpack_from(bytes(range(20)), offset=4), list(s3.iter_unpack(bytes(24))))


class Sub(struct.Struct):
    def __init__(self, fmt):
        super().__init__(fmt)
        self.extra = 1


sub = Sub('<h')
print(sub.pack(3), sub.size, sub.extra, isinstance(sub, struct.Struct))

# half precision: rounding to nearest even, subnormals, the largest finite value
for x in (1.0, 1.0009765625, 1.00048828125, 1.00146484375, 65504.0, 65519.99, 6.1e-05, 6.097555160522461e-05,
          5.960464477539063e-08, 2.9802322387695312e-08, 2.98023223876953125e-08 * 1.0000001, 1e-8, -3.14159,
          0.333333, 1000.1, 2049.0, 2051.0, 4097.0):
    b = struct.pack('<e', x)
    print(x, b, struct.unpack('<e', b))
for bits in (0x0001, 0x03ff, 0x0400, 0x3c00, 0x7bff, 0x7c00, 0xfc00, 0x8000, 0x3555):
    print(hex(bits), struct.unpack('<e', bits.to_bytes(2, 'little')))
print(struct.unpack('<e', b'\x00\x7e')[0] != struct.unpack('<e', b'\x00\x7e')[0])
print(struct._clearcache(), sorted(struct.__all__))

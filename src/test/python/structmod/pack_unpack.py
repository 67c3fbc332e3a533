# every format character in every byte order: pack, unpack, calcsize, round trips
import struct

VALUES = {
    'b': [-128, -1, 0, 127], 'B': [0, 1, 255], '?': [0, 1, True, False, 5, [], "x"],
    'h': [-32768, -2, 32767], 'H': [0, 65535, 258], 'i': [-2**31, -5, 2**31 - 1],
    'I': [0, 2**32 - 1, 123456], 'l': [-2**31, 77, 2**31 - 1], 'L': [0, 2**32 - 1],
    'q': [-2**63, -1, 2**63 - 1], 'Q': [0, 2**64 - 1, 2**40], 'e': [0.0, -0.0, 1.5, 65504.0, -2.0**-24, 0.1],
    'f': [0.0, -1.25, 3.4e38, 1e-45, 0.1], 'd': [0.0, -0.0, 1e308, 5e-324, 0.1, 2.0**60],
}
for order in "<>!=@":
    for code, vals in VALUES.items():
        for v in vals:
            packed = struct.pack(order + code, v)
            print(order + code, repr(v), packed, struct.unpack(order + code, packed))
for code in "nNP":
    for v in (0, 1, 2**62, 12345):
        packed = struct.pack(code, v)
        print(code, v, packed, struct.unpack(code, packed))
print(struct.pack('n', -5), struct.unpack('n', struct.pack('n', -5)), struct.pack('P', -1))

# specials
for x in (float('inf'), float('-inf')):
    for code in "efd":
        for order in "<>":
            print(order + code, x, struct.pack(order + code, x), struct.unpack(order + code, struct.pack(order + code, x)))
print(struct.unpack('<f', struct.pack('<f', float('nan'))), struct.pack('<d', float('nan')), struct.pack('>e', float('nan')))
print(struct.pack('f', 1e300), struct.pack('<f', 3.4028235e38))

# strings, chars, pad bytes
try:
    struct.pack('c', bytearray(b'x'))
except struct.error as e:
    print(e)
print(struct.pack('c', b'x'), struct.pack('3c', b'a', b'b', b'c'), struct.unpack('3c', b'xyz'))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcdef'), struct.pack('0s', b'abc'), struct.pack('s', bytearray(b'q')))
print(struct.pack('5p', b'ab'), struct.pack('3p', b'abcdef'), struct.pack('1p', b'x'), struct.pack('0p', b'x'))
print(struct.pack('300p', b'x' * 300)[:4], struct.unpack('300p', struct.pack('300p', b'x' * 300))[0][-3:])
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('5p', b'\x02abcd'), struct.unpack('5s', b'a\x00b\x00c'))
print(struct.pack('3x'), struct.pack('b3xb', 1, 2), struct.unpack('2xb', b'\0\0\5'), struct.pack('0x'))

# mixed formats, repeat counts, whitespace
fmt = '>hHiIqQ?c3s3p'
data = struct.pack(fmt, -2, 65535, -5, 7, -9, 2**64 - 1, 5, b'x', b'ab', b'abcdef')
print(data, struct.unpack(fmt, data), struct.calcsize(fmt))
print(struct.pack('<3h2I', 1, 2, 3, 4, 5), struct.pack('< h   i ', 1, 2), struct.pack(b'<i', 5))
print(struct.unpack('<4B', bytearray(b'\x01\x02\x03\x04')), struct.unpack('<i', memoryview(b'\x01\0\0\0')))
print(struct.calcsize('10s'), struct.calcsize('0i'), struct.calcsize(''), struct.calcsize('<'), struct.calcsize('2147483648x'))


class Idx:
    def __index__(self):
        return 7


print(struct.pack('i', Idx()), struct.pack('d', Idx()), struct.pack('<d', 3), struct.pack('i', True))

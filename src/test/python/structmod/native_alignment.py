# native mode aligns each item to its size; standard modes do not
import struct

for fmt in ['b', 'bi', 'ib', 'bq', 'bh', 'bd', 'bP', 'b?h', 'ci', 'c2i', 'be', 'bf', 'bn', 'bl', 'b0i', 'b0q',
            'hb', 'hbi', 'b3s i', '3p q', 'xi', 'iq', 'qi', '?q?', 'bbbbbbbbq', 'cl']:
    print(repr(fmt), struct.calcsize(fmt), struct.calcsize('@' + fmt), struct.calcsize('=' + fmt.replace('P', 'Q').replace('n', 'q')))
print(struct.pack('@bi', 1, 2), struct.pack('=bi', 1, 2), struct.pack('bq', 1, 2), struct.pack('<bq', 1, 2))
print(struct.pack('b0i', 1), struct.unpack('@bhi', struct.pack('@bhi', 1, 2, 3)))
print(struct.pack('ib', 1, 2), struct.unpack('bi', b'\x01\x00\x00\x00\x02\x00\x00\x00'))
for code in 'bBhHiIlLqQnNefdP?cxsp':
    print(code, struct.calcsize(code), end=' ')
    for order in '=<>!':
        try:
            print(struct.calcsize(order + code), end=' ')
        except struct.error as e:
            print(e, end=' ')
    print()

# binascii hexlify/unhexlify (sep, bytes_per_sep), crc32 and crc_hqx.
import binascii


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


data = bytes(range(1, 6))
show(binascii.hexlify, data)
show(binascii.b2a_hex, data)
show(binascii.hexlify, data, '-', 2)
show(binascii.hexlify, data, b':', -2)
show(binascii.hexlify, data, sep=' ', bytes_per_sep=3)
show(binascii.hexlify, data, sep=':', bytes_per_sep=0)
show(binascii.hexlify, data, bytes_per_sep=2)
show(binascii.hexlify, data, '--')
show(binascii.hexlify, data, 'é')
show(binascii.hexlify, data, 'Ā')
show(binascii.hexlify, data, '')
show(binascii.hexlify, data, 3)
show(binascii.b2a_hex, b'ab', b'x', 1)
show(binascii.hexlify, b'')
show(binascii.hexlify, 'ab')
show(binascii.hexlify, bytearray(b'\x00\xff'))
show(binascii.hexlify)

for s in [b'0102ff', b'ABCdef', 'abcd', b'', b'abc', b'zz', b'0G', 'é', bytearray(b'0a'), b'0\xff']:
    show(binascii.unhexlify, s)
    show(binascii.a2b_hex, s)
show(binascii.unhexlify, 5)
show(binascii.unhexlify, memoryview(b'0A'))

show(binascii.crc32, b'hello')
show(binascii.crc32, b'123456789')
show(binascii.crc32, b'hello', 12345678901234)
show(binascii.crc32, b'hello', -1)
show(binascii.crc32, b'', -1)
show(binascii.crc32, b'a', 2**70 + 5)
show(binascii.crc32, b'a', 1.0)
show(binascii.crc32, 'a')
show(binascii.crc32)
show(binascii.crc32, b'lo', binascii.crc32(b'hel'))
show(binascii.crc_hqx, b'hello', 0)
show(binascii.crc_hqx, b'123456789', 0xffff)
show(binascii.crc_hqx, b'hello', 0x12345)
show(binascii.crc_hqx, b'', -1)
show(binascii.crc_hqx, b'hello')
show(binascii.crc_hqx, bytearray(b'lo'), binascii.crc_hqx(b'hel', 0))

print(binascii.Error.__mro__)
print(binascii.Incomplete.__mro__)
print(binascii.Error('x'), repr(binascii.Incomplete('y')), binascii.Error.__module__)
print(type(binascii.a2b_base64).__name__, binascii.a2b_base64.__name__)
try:
    binascii.unhexlify(b'a')
except ValueError as e:
    print('caught as ValueError:', e)

# struct.error messages (and the TypeErrors and OverflowErrors) as CPython gives them
import struct


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, repr(str(e)))


for p in '@<':
    for c in 'bBhHiIlLqQnN':
        if p == '<' and c in 'nN':
            continue
        for v in (-1, -129, 256, 2**16, 2**31, 2**32, -2**31 - 1, 2**63, -2**63 - 1, 2**64, 2**70):
            t(struct.pack, p + c, v)
t(struct.pack, 'i', 1.5)
t(struct.pack, 'i', '1')
t(struct.pack, 'i', None)
t(struct.pack, 'Q', 2.0)
t(struct.pack, 'c', b'ab')
t(struct.pack, 'c', 'a')
t(struct.pack, 's', 'a')
t(struct.pack, 'p', 1)
t(struct.pack, 'f', 'a')
t(struct.pack, 'd', 10**400)
t(struct.pack, 'e', 1e300)
t(struct.pack, '<e', 65520.0)
t(struct.pack, '<f', 1e300)
t(struct.pack, '>f', -1e39)
t(struct.pack, 'i')
t(struct.pack, 'i', 1, 2)
t(struct.pack, 'x', 1)
t(struct.pack)
t(struct.pack, 123, 1)
t(struct.calcsize, 'z')
t(struct.calcsize, '<n')
t(struct.calcsize, '>P')
t(struct.calcsize, ' 2 i')
t(struct.calcsize, '2 i')
t(struct.calcsize, 'i<')
t(struct.calcsize, '10')
t(struct.calcsize, '999999999999999999999i')
t(struct.unpack, 'i', b'abc')
t(struct.unpack, '2i', b'abcdefghi')
t(struct.unpack, 'i', 'abcd')
t(struct.unpack, 'i')
t(struct.unpack_from, 'i', b'abc')
t(struct.unpack_from, 'i', b'abcdef', 4)
t(struct.unpack_from, 'i', b'abcdef', -2)
t(struct.unpack_from, 'i', b'abcdef', -10)
t(struct.unpack_from, 'i', b'abcdef', offset=1)
t(struct.unpack_from, 'i', b'abcdef', -6)
t(struct.unpack_from, 'i', buffer=b'abcd')
t(struct.pack_into, 'i', bytearray(3), 0, 1)
t(struct.pack_into, 'i', bytearray(6), 4, 1)
t(struct.pack_into, 'i', bytearray(6), -2, 1)
t(struct.pack_into, 'i', bytearray(6), -10, 1)
t(struct.pack_into, 'i', b'123456', 0, 1)
t(struct.pack_into, 'i', bytearray(4))
t(struct.pack_into, 'i', bytearray(4), 0, 1, 2)
t(struct.iter_unpack, 'i', b'abcde')
t(struct.iter_unpack, '', b'abcde')
t(struct.iter_unpack, 'i', 'abcd')
t(struct.Struct, 'z')
t(struct.Struct, 5)
t(struct.Struct('i').pack, 1, 2)
t(struct.Struct('i').unpack, b'ab')
print(struct.error.__mro__, struct.error.__module__)
try:
    struct.pack('b', 300)
except struct.error as e:
    print(type(e).__name__, e.args)

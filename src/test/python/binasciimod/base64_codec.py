# binascii.a2b_base64 / b2a_base64: round trips, padding rules, strict mode, errors.
import binascii


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


for n in range(0, 10):
    data = bytes(range(200, 200 + n))
    enc = binascii.b2a_base64(data)
    print(n, enc, binascii.a2b_base64(enc) == data, binascii.b2a_base64(data, newline=False))

show(binascii.b2a_base64, b'ab', newline=0)
show(binascii.b2a_base64, b'ab', newline='')
show(binascii.b2a_base64, b'abc', False)
show(binascii.b2a_base64, 'abc')
show(binascii.b2a_base64, bytearray(b'xyz'))
show(binascii.b2a_base64, memoryview(b'xyz'))
show(binascii.b2a_base64)

for s in [b'abc', b'a', b'abcde', b'ab==c', b'ab=', b'a===', b'YQ==YQ==', b'', b'Y W\nJj',
          b'abcd=', b'YQ=', b'YR==', b'ab=cdef=', b'ab=cdef', b'abcd=e', b'abcd==', b'abcd=abcd',
          b' =abc', b'a=bc', b'ab=\n=', b'ab\n==', b'ab=!=', b'abcd=a===', b'a b c d e', b'=abc',
          b'ab=c', b'ab!c', b'abc==', b'ab==', b'YQ', '++//', b'\xff\xfeYWJj']:
    show(binascii.a2b_base64, s)
    show(binascii.a2b_base64, s, strict_mode=True)

show(binascii.a2b_base64, 'YWJj')
show(binascii.a2b_base64, 'é')
show(binascii.a2b_base64, 3)
show(binascii.a2b_base64, bytearray(b'YWJj'))
show(binascii.a2b_base64, b'YQ==', strict_mode=1)
show(binascii.a2b_base64)

# Every short string over a small alphabet, both modes.
alphabet = b'aB=! '
for length in range(1, 6):
    total = []
    for k in range(len(alphabet) ** length):
        s = bytearray()
        for _ in range(length):
            s.append(alphabet[k % len(alphabet)])
            k //= len(alphabet)
        for strict in (False, True):
            try:
                total.append(binascii.a2b_base64(bytes(s), strict_mode=strict).hex())
            except binascii.Error as e:
                total.append(str(e)[:12])
    print(length, len(total), binascii.crc32(' '.join(total).encode()))

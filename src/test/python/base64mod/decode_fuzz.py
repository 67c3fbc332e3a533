# base64 decoders on pseudo-random input: results and error messages must match CPython's.
import base64
import binascii

seed = 777


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n


def summary(f, alphabet, count, maxlen, **kw):
    crc = 0
    errors = {}
    for _ in range(count):
        s = bytes(alphabet[rand(len(alphabet))] for _ in range(rand(maxlen)))
        try:
            crc = binascii.crc32(f(s, **kw), crc)
        except (ValueError, binascii.Error) as e:
            key = type(e).__name__ + ': ' + str(e).split(' at ')[0].split(':')[0]
            errors[key] = errors.get(key, 0) + 1
    print(f.__name__, kw, crc, sorted(errors.items()))


summary(base64.b64decode, b'AZaz09+/=-_ \n!', 400, 30)
summary(base64.b64decode, b'AZaz09+/=-_ \n!', 400, 30, validate=True)
summary(base64.urlsafe_b64decode, b'AZaz09+/=-_', 400, 30)
summary(base64.b32decode, b'ABCXYZ234567=01abc', 400, 33)
summary(base64.b32decode, b'ABCXYZ234567=01abc', 400, 33, casefold=True, map01=b'L')
summary(base64.b32hexdecode, b'0123456789ABCUV=abcuvW', 400, 33, casefold=True)
summary(base64.b16decode, b'0123456789ABCDEFabcdefG', 400, 12, casefold=True)
summary(base64.b16decode, b'0123456789ABCDEFabcdef', 400, 12)
summary(base64.b85decode, b'09AZaz!#~}|{ "', 400, 17)
summary(base64.a85decode, b'!"#stuvyz~> \n', 400, 17)
summary(base64.a85decode, b'!"#stuvyz~> \n', 400, 17, foldspaces=True)
summary(base64.a85decode, b'<~!"#stuz~>', 400, 17, adobe=True)
summary(binascii.a2b_uu, b' !"#$%&0123456789AZ`az\n\r', 400, 30)

for _ in range(200):
    data = bytes(rand(256) for _ in range(rand(40)))
    for enc, dec in [(base64.a85encode, base64.a85decode), (base64.b85encode, base64.b85decode)]:
        for kw in ({}, {'pad': True}):
            e = enc(data, **kw)
            d = dec(e)
            assert d[:len(data)] == data and (kw or d == data), (enc.__name__, data, kw)
    e = base64.a85encode(data, foldspaces=True, wrapcol=7, adobe=True)
    assert base64.a85decode(e, foldspaces=True, adobe=True) == data
    assert binascii.a2b_uu(binascii.b2a_uu(data, backtick=True)) == data
    assert binascii.a2b_qp(binascii.b2a_qp(data, istext=False)) == data
print('round trips ok')

# binascii argument handling: positional-only data, keyword-only flags, too many arguments.
import binascii as b


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except BaseException as e:
        print(type(e).__module__, type(e).__name__, e)


t(b.a2b_base64, data=b'YQ==')
t(b.a2b_base64, b'YQ==', foo=1)
t(b.a2b_base64, b'YQ==', b'x')
t(b.b2a_base64, data=b'a')
t(b.b2a_base64, b'a', newline=True, x=1)
t(b.hexlify, data=b'a')
t(b.hexlify, b'a', ':', 1, 2)
t(b.hexlify, b'a', foo=2)
t(b.unhexlify, hexstr=b'61')
t(b.unhexlify)
t(b.unhexlify, b'61', b'62')
t(b.a2b_hex, hexstr=b'61')
t(b.crc32, b'a', crc=1)
t(b.crc32, b'a', 1, 2)
t(b.crc_hqx, b'a', 1, 2)
t(b.a2b_uu, data=b'')
t(b.a2b_uu)
t(b.b2a_uu, data=b'')
t(b.b2a_uu, b'', backtick=1, x=2)
t(b.a2b_qp, b'', header=1, x=1)
t(b.b2a_qp, b'', 1, 1, 1, 1)
t(b.b2a_qp)
t(b.a2b_qp)
t(b.b2a_hex, b'\x01\x02', bytes_per_sep=1.5, sep=':')
t(b.b2a_base64, None)
t(b.crc32, None)
print(b.hexlify.__doc__ is not None, b.__doc__, b.__name__)

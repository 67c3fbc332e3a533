# binascii and base64: unusual argument values (None flags, huge bytes_per_sep, str where bytes are needed).
import binascii as b, base64


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except BaseException as e:
        print(type(e).__module__, type(e).__name__, e)


t(b.hexlify, b'ab', None)
t(b.hexlify, b'abcdef', ':', 2**40)
t(b.hexlify, b'abcdef', ':', -2**40)
t(b.hexlify, b'abcdef', ':', True)
t(b.b2a_uu, b'abc', backtick=None)
t(b.b2a_base64, b'abc', newline=None)
t(b.a2b_base64, b'YQ==', strict_mode=None)
t(b.crc32, b'a', True)
t(b.crc_hqx, b'a', -2**100)
t(base64.b64encode, b'abc', altchars=None)
t(base64.b64encode, b'\xff\xff\xfe', altchars=bytearray(b'*-'))
t(base64.b32encode, bytearray(b'abc'))
t(base64.b16encode, 'ab')
t(base64.b85encode, 'ab')
t(base64.a85encode, b'abc', wrapcol=-1)
t(base64.a85encode, b'abcdefgh', wrapcol=-3, adobe=True)
t(base64.b64decode, b'YQ==', validate=None)
print(base64.b64decode.__doc__.splitlines()[0], base64.b32decode.__doc__.splitlines()[1])
print(b.Error.__qualname__, b.Incomplete.__name__, issubclass(b.Error, ValueError))

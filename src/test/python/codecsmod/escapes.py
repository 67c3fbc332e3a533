# codecs.escape_encode / escape_decode: the bytes-literal escapes
import codecs
import warnings

print(codecs.escape_encode(b'a\'"\\\t\n\r\x00\x7f\xff '), codecs.escape_encode(b''))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    for b in [b'a\\n\\t\\x41\\101\\q\\\\\\\'\\"', b'\\0\\08\\777', b'a\\\nb', '\\x41\xe9', b'\\a\\b\\f\\v',
              b'\\N{x}\\u1234', bytearray(b'\\x7e'), b'']:
        print(codecs.escape_decode(b))
    for x in w:
        print(x.category.__name__, x.message)
for b in [b'\\x4', b'\\xzz', b'a\\', b'\\x', b'\\x4z']:
    for e in ['strict', 'ignore', 'replace', None]:
        try:
            print(codecs.escape_decode(b, e))
        except ValueError as x:
            print('ValueError', x)
try:
    codecs.escape_decode(b'\\x4', 'bogus')
except ValueError as x:
    print('ValueError', x)
for arg in ['x', bytearray(b'x')]:
    try:
        codecs.escape_encode(arg)
    except TypeError as x:
        print('TypeError', x)

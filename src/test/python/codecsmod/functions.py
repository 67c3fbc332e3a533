# the codec functions of _codecs, the BOM constants and helpers
import codecs
import _codecs

print(codecs.BOM_UTF8, codecs.BOM_LE, codecs.BOM_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
print(codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM32_LE, codecs.BOM32_BE, codecs.BOM64_LE, codecs.BOM64_BE)
print(codecs.BOM == codecs.BOM_UTF16, codecs.BOM_UTF16 in (codecs.BOM_LE, codecs.BOM_BE),
      codecs.BOM_UTF32 in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE))
print(sorted(codecs.__all__))

print(_codecs.utf_8_encode('h\xe9\U0001f600'), _codecs.utf_8_encode('a\udc80', 'surrogateescape'))
print(_codecs.utf_8_decode(b'a\xc3'), _codecs.utf_8_decode(b'a\xc3', 'strict', True) if False else '')
print(_codecs.utf_8_decode(b'a\xc3\xa9', None, True), _codecs.utf_8_decode(b'a\xff', 'replace'))
print(_codecs.utf_8_decode(b'\xf0\x9f\x98', 'strict', False), _codecs.utf_8_decode(b'\xe2', 'ignore', True))
for args in [(b'a\xff',), (b'a\xc3', 'strict', True), (b'\xed\xa0\x80', 'strict', True)]:
    try:
        _codecs.utf_8_decode(*args)
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
print(ascii(_codecs.utf_8_decode(b'\xed\xa0\x80', 'surrogatepass', True)))
print(_codecs.ascii_encode('abc'), _codecs.ascii_encode('a\xe9', 'replace'), _codecs.ascii_decode(b'ab'))
print(_codecs.latin_1_encode('\xe9'), _codecs.latin_1_decode(b'\xe9\xff'), _codecs.latin_1_decode(bytearray(b'x')))
print(_codecs.utf_16_encode('ab'), _codecs.utf_16_encode('ab', 'strict', -1), _codecs.utf_16_encode('ab', None, 1))
print(_codecs.utf_16_le_encode('\U0001f600'), _codecs.utf_16_be_encode('a'))
print(_codecs.utf_16_decode(b'\xff\xfea\x00b'), _codecs.utf_16_decode(b'\xfe\xff\x00a', 'strict', True))
print(_codecs.utf_16_ex_decode(b'\xfe\xff\x00a'), _codecs.utf_16_ex_decode(b'a\x00b\x00'))
print(_codecs.utf_16_ex_decode(b'a'), _codecs.utf_16_ex_decode(b'a\x00', 'strict', 1, True))
print(_codecs.utf_16_le_decode(b'a\x00=\xd8'), _codecs.utf_16_be_decode(b'\x00a\x00', 'strict', False))
print(_codecs.utf_32_encode('a'), _codecs.utf_32_le_encode('a'), _codecs.utf_32_be_encode('a'))
print(_codecs.utf_32_decode(b'\xff\xfe\x00\x00a\x00\x00\x00'), _codecs.utf_32_ex_decode(b'\x00\x00\xfe\xff\x00\x00\x00a'))
print(_codecs.utf_32_le_decode(b'a\x00\x00\x00b'), _codecs.utf_32_be_decode(b'\x00\x00\x00a'))
try:
    _codecs.utf_16_le_decode(b'a', 'strict', True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(_codecs.unicode_escape_encode('a\n\xe9\u20ac'), _codecs.unicode_escape_decode(b'\\n\\x41\\u20ac'))
print(_codecs.unicode_escape_decode(b'a\\u12', 'strict', False))
print(_codecs.unicode_escape_decode(b'a\\N{EU', 'strict', False), _codecs.unicode_escape_decode(b'\\N{EURO SIGN}'))
print(_codecs.unicode_escape_decode('\\t'))
print(_codecs.raw_unicode_escape_encode('a\\\xe9\u20ac'), _codecs.raw_unicode_escape_decode(b'\\u20ac\\n'))
print(_codecs.raw_unicode_escape_decode(b'a\\\\\\', 'strict', False), _codecs.raw_unicode_escape_decode(b'a\\u00', 'strict', False))
try:
    _codecs.unicode_escape_decode(b'a\\')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)

for f, arg in [(_codecs.utf_8_encode, b'x'), (_codecs.utf_8_decode, 'x'), (_codecs.ascii_encode, 1),
               (_codecs.latin_1_decode, 1.5)]:
    try:
        f(arg)
    except TypeError as e:
        print('TypeError', e)
try:
    _codecs.utf_8_encode('x', 3)
except TypeError as e:
    print('TypeError', e)
try:
    _codecs.utf_8_encode('\xe9x', 'nope')
except LookupError as e:
    print('LookupError', e)

print(codecs.make_identity_dict(range(3)))
print(codecs.make_encoding_map({1: 'a', 2: 'b', 3: 'a'}))
print(''.encode('cp1252'), b''.decode('cp1252'), 'x'.encode('cp1252'))
print(codecs.lookup('cp1252').encode(''), codecs.lookup('cp1252').decode(b'\x80\x81', 'replace'))
print(codecs.readbuffer_encode('\xe9'), codecs.readbuffer_encode(bytearray(b'ab')), codecs.readbuffer_encode(memoryview(b'x'), 'strict'))
try:
    codecs.readbuffer_encode(1)
except TypeError as e:
    print('TypeError', e)

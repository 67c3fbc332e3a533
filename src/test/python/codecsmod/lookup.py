# codecs.lookup, CodecInfo, the registry and codecs.encode/decode
import codecs
import _codecs

for name in ['utf-8', 'UTF8', 'u8', 'utf_8', 'latin1', 'Latin-1', 'iso-8859-1', 'ascii', 'US-ASCII',
             'utf-16', 'UTF-16LE', 'utf_16_be', 'utf-32', 'utf-32-le', 'utf_32be', 'utf-8-sig',
             'unicode_escape', 'raw-unicode-escape', 'cp1252', 'iso-8859-15', 'koi8_r', ' utf 8 ']:
    info = codecs.lookup(name)
    print(repr(name), info.name, type(info).__name__, len(info), isinstance(info, tuple))

info = codecs.lookup('utf-8')
print(info is codecs.lookup('UTF-8'), info is codecs.lookup('utf-8'))
print(info.encode is info[0], info.decode is info[1], info.streamreader is info[2], info.streamwriter is info[3])
print(info.encode('h\u00e9'), info.decode(b'h\xc3\xa9'))
print(info.incrementalencoder.__name__, info.incrementaldecoder.__name__)
print(info.streamreader.__name__, info.streamwriter.__name__)
print(issubclass(info.incrementaldecoder, codecs.IncrementalDecoder))
print(issubclass(info.incrementaldecoder, codecs.BufferedIncrementalDecoder))
print(issubclass(info.streamreader, codecs.StreamReader), issubclass(info.streamwriter, codecs.StreamWriter))
print(info._is_text_encoding)
print(repr(info).startswith('<codecs.CodecInfo object for encoding utf-8 at 0x'))

for bad in ['foo', 'utf-9', '', 'hex_codec_nope']:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print('LookupError', e)
try:
    codecs.lookup(1)
except TypeError as e:
    print('TypeError', e)

print(codecs.encode('abc'), codecs.decode(b'abc'))
print(codecs.encode('\u20ac', 'utf-16-le'), codecs.decode(b'\xac\x20', 'utf-16-le'))
print(codecs.encode(obj='x', encoding='latin-1', errors='strict'))
print(codecs.encode('a\xffb', 'ascii', 'replace'), codecs.decode(b'a\xffb', 'ascii', 'ignore'))
print(codecs.decode(b'\\u20ac\\n', 'unicode_escape'), codecs.encode('\u20ac\n', 'unicode_escape'))
print(codecs.encode('\u20ac', 'raw_unicode_escape'), codecs.decode(b'\\u20ac', 'raw-unicode-escape'))
print(codecs.encode('\u20ac', 'cp1252'), codecs.decode(b'\x80', 'cp1252'))
print(codecs.decode(bytearray(b'xy')), codecs.decode(memoryview(b'xy'), 'ascii'))
for args in [('x', 'foo'), (1, 'utf-8'), ('\xe9', 'ascii')]:
    try:
        codecs.encode(*args)
    except Exception as e:
        print(type(e).__name__, e)
for args in [(b'x', 'foo'), ('x', 'utf-8'), (b'\xff', 'utf-8'), (1, 'latin-1')]:
    try:
        codecs.decode(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    codecs.encode('x', 'utf-8', 'nosuchhandler')
except LookupError as e:
    print('LookupError', e)

# a codec of our own
calls = []
def search(name):
    calls.append(name)
    if name == 'my_rot':
        def enc(s, errors='strict'):
            return (s[::-1].encode('ascii'), len(s))
        def dec(b, errors='strict'):
            return (bytes(b)[::-1].decode('ascii'), len(b))
        return codecs.CodecInfo(enc, dec, name='my-rot')
    if name == 'bad_codec':
        return (1, 2)
    return None

codecs.register(search)
print(codecs.encode('abc', 'my_rot'), codecs.decode(b'abc', 'MY_ROT'))
print(codecs.lookup('my rot').name)
print(codecs.lookup('my_rot') is codecs.lookup('my_rot'))
print(calls)
try:
    codecs.lookup('bad_codec')
except TypeError as e:
    print('TypeError', e)
print(codecs.lookup('my_rot').incrementalencoder, codecs.lookup('my_rot').streamreader)
try:
    codecs.getincrementalencoder('my_rot')
except LookupError as e:
    print('LookupError', repr(e))
codecs.unregister(search)
codecs.unregister(search)
try:
    codecs.lookup('my_rot')
except LookupError as e:
    print('LookupError', e)
try:
    codecs.register(42)
except TypeError as e:
    print('TypeError', e)

ci = codecs.CodecInfo(str.upper, str.lower)
print(ci.name, ci.incrementalencoder, ci[2], ci[3], len(ci))
ci = codecs.CodecInfo(1, 2, 3, 4, 5, 6, 'nm', _is_text_encoding=False)
print(tuple(ci), ci.incrementalencoder, ci.incrementaldecoder, ci.name, ci._is_text_encoding)

print(codecs.getencoder('utf-8') is _codecs.utf_8_encode, codecs.getencoder('ascii')('ab'))
print(codecs.getdecoder('utf-8')(b'\xc3\xa9'), codecs.getdecoder('latin-1')(b'\xe9'))
print(codecs.getreader('utf-8').__name__, codecs.getwriter('utf-16').__name__)

# rot13 (str to str) and the names of the bytes-to-bytes codecs, which str.encode refuses
import codecs

print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot_13'), codecs.encode('\xe9A', 'ROT-13'))
info = codecs.lookup('rot13')
print(info.name, info._is_text_encoding, info.encode.__name__, info.decode.__name__)
print(codecs.getincrementalencoder('rot13')().encode('ab'), codecs.getincrementaldecoder('rot13')().decode('nop'))
print(codecs.getreader('rot13').__name__, codecs.encode('x', 'rot13', 'ignore'))
print(list(codecs.iterencode(['ab', 'c'], 'rot13')))
try:
    codecs.encode(b'x', 'rot13')
except TypeError as e:
    print('TypeError', e)
for f in [lambda: 'x'.encode('hex'), lambda: b'x'.decode('base64'), lambda: 'x'.encode('rot13'),
          lambda: 'x'.encode('zlib_codec'), lambda: 'x'.encode('Rot-13'), lambda: b'x'.decode('quopri'),
          lambda: str(b'x', 'uu'), lambda: 'x'.encode('bz2')]:
    try:
        print(f())
    except LookupError as e:
        print('LookupError', e)
print(codecs.lookup('utf-8')._is_text_encoding)

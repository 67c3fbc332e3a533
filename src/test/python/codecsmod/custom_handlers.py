# error handlers registered with codecs.register_error, used by str.encode, bytes.decode
# and the codecs
import codecs

seen = []
def span(e):
    seen.append((type(e).__name__, e.encoding, e.start, e.end, e.reason))
    return ('<%d:%d>' % (e.start, e.end), e.end)

codecs.register_error('t.span', span)
codecs.register_error('t.bytes', lambda e: (b'##', e.end + 1))
codecs.register_error('t.far', lambda e: ('x', 100))
codecs.register_error('t.notuple', lambda e: 'bad')
codecs.register_error('t.unencodable', lambda e: ('\xe9', e.end))
codecs.register_error('t.back', lambda e: ('', -1))
codecs.register_error('t.skip2', lambda e: ('?', e.start + 2))

print('a\xe9\xe8b\u20ac'.encode('ascii', 't.span'), 'a\xe9bc'.encode('latin-1', 't.span'))
print('a\xe9bc'.encode('ascii', 't.bytes'))
print(b'a\xff\xfeb'.decode('utf-8', 't.span'), b'a\xff\xfeb'.decode('ascii', 't.span'))
print(b'\xff\xfea\x00\x00\xd8b\x00'.decode('utf-16', 't.span'))
print('\ud800a'.encode('utf-16', 't.span'), '\ud800a'.encode('utf-8-sig', 't.span'))
print('\ud800a'.encode('utf-32-be', 't.span'), '\U0001f600\ud800'.encode('utf-8', 't.span'))
print(codecs.encode('a\xe9', 'ascii', 't.span'), codecs.decode(b'a\x81', 'cp1252', 't.span'))
print('a\u0100'.encode('cp1252', 't.span'))
print(b'ab\xff\xffcd'.decode('ascii', 't.skip2'), 'ab\xff\xffcd'.encode('ascii', 't.skip2'))
print('a\xe9b'.encode('ascii', 't.back'))
print(codecs.utf_8_decode(b'a\xffb\xe2', 't.span', False))
d = codecs.getincrementaldecoder('utf-8')('t.span')
print(d.decode(b'a\xff\xe2'), d.decode(b'\x82\xac'))
for f in [lambda: 'a\xe9'.encode('ascii', 't.far'), lambda: 'a\xe9'.encode('ascii', 't.notuple'),
          lambda: 'a\xe9'.encode('ascii', 't.unencodable'), lambda: b'a\xff'.decode('ascii', 't.far'),
          lambda: b'a\xff'.decode('ascii', 't.notuple'), lambda: b'a\xff'.decode('ascii', 't.bytes'),
          lambda: 'a\xe9'.encode('ascii', 't.unknown'), lambda: b'a\xff'.decode('ascii', 't.unknown')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print('abc'.encode('ascii', 't.unknown'))
for s in seen:
    print(s)

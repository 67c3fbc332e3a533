# incremental encoders and decoders: characters split across chunks
import codecs

text = 'a\xe9\u20ac\U0001f600z'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
            'utf-8-sig', 'latin-1', 'ascii', 'unicode_escape', 'raw_unicode_escape', 'cp1252']:
    sample = text
    if enc in ('latin-1',):
        sample = 'a\xe9z'
    elif enc in ('ascii',):
        sample = 'abc'
    elif enc == 'cp1252':
        sample = 'a\u20acz'
    data = codecs.encode(sample, enc)
    # byte by byte
    d = codecs.getincrementaldecoder(enc)()
    parts = [d.decode(data[i:i + 1]) for i in range(len(data))]
    parts.append(d.decode(b'', final=True))
    print(enc, data, parts, ''.join(parts) == sample)
    # in chunks of 3
    d = codecs.getincrementaldecoder(enc)()
    out = ''.join(d.decode(data[i:i + 3]) for i in range(0, len(data), 3)) + d.decode(b'', True)
    print(' chunks', out == sample)
    # the encoder
    e = codecs.getincrementalencoder(enc)()
    got = b''.join(e.encode(ch) for ch in sample) + e.encode('', True)
    print(' encoder', got == data, got)

d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'\xe2\x82')), d.getstate(), d.buffer)
print(repr(d.decode(b'\xac')), d.getstate())
d.setstate((b'\xf0\x9f', 0))
print(ascii(d.decode(b'\x98\x80')))
print(repr(d.decode(b'\xe2')), d.getstate())
d.reset()
print(d.getstate(), repr(d.decode(b'x')))
try:
    d.decode(b'\xe2\x82', final=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
d = codecs.getincrementaldecoder('utf-8')()
try:
    d.decode(b'a\xffb')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
d = codecs.getincrementaldecoder('utf-8')('replace')
print(d.errors, repr(d.decode(b'a\xffb\xe2')), repr(d.decode(b'', True)))
d = codecs.getincrementaldecoder('ascii')('ignore')
print(repr(d.decode(b'a\x80b')))

d = codecs.getincrementaldecoder('utf-16')()
print(repr(d.decode(b'\xff')), d.getstate(), repr(d.decode(b'\xfea')), d.getstate(), repr(d.decode(b'\x00', True)))
d = codecs.getincrementaldecoder('utf-16')()
print(repr(d.decode(b'\xfe\xff\x00a\xd8')), repr(d.decode(b'=\xde\x00')), d.getstate())
d = codecs.getincrementaldecoder('utf-16')()
try:
    d.decode(b'a\x00b\x00')
except UnicodeError as e:
    print('UnicodeError', e)
d = codecs.getincrementaldecoder('utf-32')()
print(repr(d.decode(b'\xff\xfe\x00')), repr(d.decode(b'\x00a\x00\x00')), d.getstate())

e = codecs.getincrementalencoder('utf-16')()
print(e.encode('a'), e.encode('b'), e.getstate())
e.reset()
print(e.encode('c'), e.getstate())
e.setstate(2)
print(e.encode('d'))
e = codecs.getincrementalencoder('utf-8-sig')()
print(e.encode('a'), e.encode('b'), e.getstate())
e.reset()
print(e.encode('c'))
e = codecs.getincrementalencoder('ascii')('backslashreplace')
print(e.errors, e.encode('a\xe9'), e.getstate())

d = codecs.getincrementaldecoder('utf-8-sig')()
print(repr(d.decode(b'\xef\xbb')), d.getstate(), repr(d.decode(b'\xbfx')), repr(d.decode(b'\xef\xbb\xbf')))
d = codecs.getincrementaldecoder('utf-8-sig')()
print(repr(d.decode(b'\xef', True)) if False else '', repr(d.decode(b'xy')))

print(list(codecs.iterdecode([b'\xe2', b'\x82\xac', b'', b'x'], 'utf-8')))
print(list(codecs.iterencode(['a', '', 'b'], 'utf-16')))
print(list(codecs.iterencode(['a', 'b'], 'utf-8-sig')))
print(list(codecs.iterdecode([b'a\xff'], 'ascii', 'replace')))
print(list(codecs.iterdecode([], 'utf-8')), list(codecs.iterencode([], 'utf-8')))
try:
    list(codecs.iterdecode([b'\xe2\x82'], 'utf-8'))
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
try:
    list(codecs.iterdecode([b'x'], 'nope'))
except LookupError as e:
    print('LookupError', e)

# the base classes
ie = codecs.IncrementalEncoder()
print(ie.errors, ie.getstate(), ie.reset(), ie.setstate(0))
try:
    ie.encode('x')
except NotImplementedError:
    print('NotImplementedError encode')
idc = codecs.IncrementalDecoder('ignore')
print(idc.errors, idc.getstate(), idc.reset())
try:
    idc.decode(b'x')
except NotImplementedError:
    print('NotImplementedError decode')

class Upper(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        # decodes whole pairs of bytes only
        n = len(input) if final else len(input) - len(input) % 2
        return (input[:n].decode('ascii').upper(), n)

u = Upper()
print(repr(u.decode(b'abc')), u.buffer, u.getstate(), repr(u.decode(b'd')), repr(u.decode(b'e', True)))
u.setstate((b'q', 0))
print(repr(u.decode(b'r')))
u.decode(b'z')
u.reset()
print(u.getstate())

class Pairs(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        n = len(input) if final else len(input) - len(input) % 2
        return (input[:n].encode('ascii'), n)

p = Pairs()
print(p.encode('abc'), p.getstate(), p.encode('d'), p.getstate(), p.encode('e', True))
p.setstate('zz')
print(p.buffer, p.encode(''))
try:
    codecs.Codec().encode('x')
except NotImplementedError:
    print('NotImplementedError Codec.encode')
try:
    codecs.Codec().decode(b'x')
except NotImplementedError:
    print('NotImplementedError Codec.decode')

# StreamReader, StreamWriter, StreamReaderWriter, StreamRecoder, codecs.open, EncodedFile
import codecs
import io
import os
import tempfile

r = codecs.getreader('utf-8')(io.BytesIO(b'ab\xc3'))
print(repr(r.read()), repr(r.read()), r.bytebuffer)
r = codecs.getreader('utf-8')(io.BytesIO(b'ab\r\ncd\ne\rf'))
print(repr(r.readline()), r.readlines())
r = codecs.getreader('utf-8')(io.BytesIO(b'ab\r\ncd\ne\rf'))
print(list(r))
r = codecs.getreader('utf-8')(io.BytesIO(b'ab\r\ncd\ne\rf'))
print(r.readlines(keepends=False))
r = codecs.getreader('utf-8')(io.BytesIO(b'abcdef\nxy'))
print(repr(r.readline(3)), repr(r.read(2)), repr(r.readline(keepends=False)), repr(r.read(chars=1)), repr(r.read()))
r = codecs.getreader('utf-8')(io.BytesIO('h\xe9llo w\u20acrld\n'.encode() * 3))
print(repr(r.read(3)), repr(r.read(chars=4)), repr(r.readline()), repr(r.readline(keepends=False)))
r.seek(0)
print(repr(r.read(size=2, chars=3)), repr(r.read(1)))
r.reset()
print(repr(r.read()))
r = codecs.getreader('utf-16')(io.BytesIO('line1\nline2\n'.encode('utf-16')))
print(list(r))
r = codecs.getreader('utf-8-sig')(io.BytesIO(b'\xef\xbb\xbfx\ny'))
print(r.readlines())
r = codecs.getreader('latin-1')(io.BytesIO(b'\xe9\xe8'))
print(repr(r.read(1)), repr(r.read()))
r = codecs.getreader('ascii')(io.BytesIO(b'a\xffb'), 'replace')
print(repr(r.read()), r.errors)
r = codecs.getreader('ascii')(io.BytesIO(b'a\xffb'))
try:
    r.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
r = codecs.getreader('utf-8')(io.BytesIO(b'xyz'))
print(r.closed, r.tell() if hasattr(r, 'tell') else None)
with r as same:
    print(same is r)
print(r.closed, r.stream.closed)

buf = io.BytesIO()
w = codecs.getwriter('utf-16')(buf)
w.write('ab')
w.writelines(['c', 'd'])
print(buf.getvalue())
w.seek(0)
w.write('z')
print(buf.getvalue())
buf = io.BytesIO()
w = codecs.getwriter('ascii')(buf, 'xmlcharrefreplace')
w.write('a\u20ac')
print(buf.getvalue(), w.errors, w.getvalue())
buf = io.BytesIO()
w = codecs.getwriter('utf-8-sig')(buf)
w.write('a')
w.write('b')
print(buf.getvalue())
w = codecs.getwriter('ascii')(io.BytesIO())
try:
    w.write('\xe9')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)

stream = io.BytesIO()
rw = codecs.StreamReaderWriter(stream, codecs.getreader('utf-8'), codecs.getwriter('utf-8'))
print(rw.encoding)
rw.write('h\xe9\n')
rw.writelines(['x\n', 'y'])
rw.seek(0)
print(repr(rw.readline()), rw.readlines())
rw.seek(0)
print(repr(rw.read()))
rw.seek(0)
print(list(rw))
with rw:
    pass
print(stream.closed)

stream = io.BytesIO('\xe9t\xe9\n'.encode('latin-1'))
rec = codecs.EncodedFile(stream, 'utf-8', 'latin-1')
print(rec.data_encoding, rec.file_encoding, rec.read())
rec.write('\u00e0'.encode('utf-8'))
print(stream.getvalue())
rec = codecs.StreamRecoder(io.BytesIO(b'ab\ncd'), codecs.getencoder('utf-16-le'), codecs.getdecoder('utf-16-le'),
                           codecs.getreader('ascii'), codecs.getwriter('ascii'))
print(rec.readline(), rec.readlines())

d = tempfile.mkdtemp()
path = os.path.join(d, 'f.txt')
with codecs.open(path, 'w', 'utf-16') as f:
    print(type(f).__name__, f.encoding)
    f.write('h\xe9llo\nw\u20acrld\n')
with open(path, 'rb') as f:
    print(f.read())
with codecs.open(path, 'r', 'utf-16') as f:
    print(f.readlines())
with codecs.open(path, encoding='utf-16') as f:
    print(repr(f.readline()), repr(f.read()))
with codecs.open(path, 'a', 'utf-16-le') as f:
    f.write('!')
with codecs.open(path, 'rb') as f:
    print(type(f).__name__, f.read()[-4:])
f = codecs.open(path, 'r')
print(type(f).__name__, f.mode)
f.close()
try:
    codecs.open(path, 'r', 'nope')
except LookupError as e:
    print('LookupError', e)
os.remove(path)
os.rmdir(d)

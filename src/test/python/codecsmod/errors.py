# lookup_error, register_error and the standard error handlers
import codecs

names = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
         'surrogateescape', 'surrogatepass']
for n in names:
    h = codecs.lookup_error(n)
    print(n, h.__name__)
print(codecs.lookup_error('strict') is codecs.strict_errors)
print(codecs.lookup_error('ignore') is codecs.ignore_errors)
print(codecs.lookup_error('replace') is codecs.replace_errors)
print(codecs.lookup_error('backslashreplace') is codecs.backslashreplace_errors)
print(codecs.lookup_error('xmlcharrefreplace') is codecs.xmlcharrefreplace_errors)
print(codecs.lookup_error('namereplace') is codecs.namereplace_errors)
print(hasattr(codecs, 'surrogateescape'), hasattr(codecs, 'surrogatepass'))
try:
    codecs.lookup_error('nope')
except LookupError as e:
    print('LookupError', e)
try:
    codecs.lookup_error(3)
except TypeError as e:
    print('TypeError', e)

enc = UnicodeEncodeError('ascii', 'a\xe9\u20ac\U0001f600b', 1, 4, 'ordinal not in range(128)')
dec = UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'invalid start byte')
tr = UnicodeTranslateError('a\xe9b', 1, 2, 'no mapping')
for n in names[1:]:
    h = codecs.lookup_error(n)
    for exc in (enc, dec, tr):
        try:
            print(n, type(exc).__name__, h(exc))
        except Exception as e:
            print(n, type(exc).__name__, type(e).__name__, e)
for exc in (enc, dec, tr, ValueError('v')):
    try:
        codecs.strict_errors(exc)
    except Exception as e:
        print('strict', type(e).__name__, e)
try:
    codecs.strict_errors(42)
except TypeError as e:
    print('TypeError', e)
for h in (codecs.ignore_errors, codecs.replace_errors, codecs.backslashreplace_errors,
          codecs.xmlcharrefreplace_errors, codecs.namereplace_errors):
    try:
        h(ValueError('x'))
    except TypeError as e:
        print('TypeError', e)

lone = UnicodeEncodeError('utf-8', 'a\udcff\udc80b', 1, 3, 'surrogates not allowed')
print(codecs.lookup_error('surrogateescape')(lone))
print(codecs.lookup_error('surrogatepass')(lone))
print(codecs.lookup_error('surrogatepass')(UnicodeEncodeError('utf-16-le', 'a\ud800', 1, 2, 'x')))
print(codecs.lookup_error('surrogatepass')(UnicodeDecodeError('utf-8', b'a\xed\xa0\x80', 1, 2, 'x')))
try:
    codecs.lookup_error('surrogateescape')(UnicodeDecodeError('utf-8', b'a\x41', 1, 2, 'x'))
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
try:
    codecs.lookup_error('surrogateescape')(UnicodeEncodeError('ascii', 'a\xe9', 1, 2, 'x'))
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)

print('a\udcffb'.encode('utf-8', 'surrogateescape'))
print(ascii(b'a\xffb'.decode('ascii', 'surrogateescape')))
print(codecs.encode('\u20ac', 'ascii', 'namereplace'), codecs.encode('\u20ac', 'latin-1', 'xmlcharrefreplace'))

seen = []
def myhandler(exc):
    seen.append((type(exc).__name__, exc.start, exc.end))
    return ('<?>', exc.end)
codecs.register_error('test.mine', myhandler)
print(codecs.lookup_error('test.mine') is myhandler)
codecs.register_error('test.mine', codecs.ignore_errors)
print(codecs.lookup_error('test.mine') is codecs.ignore_errors)
try:
    codecs.register_error('x', 1)
except TypeError as e:
    print('TypeError', e)

# exceptions raised inside a codec: codecs.encode/decode name the codec, as CPython does
import codecs
try:
    codecs.encode(1, 'utf-8')
except TypeError as e:
    print(e, '|', repr(e.__cause__), e.__suppress_context__)
def search(n):
    if n == 'boom':
        def enc(s, errors='strict'):
            raise ValueError('bad %s' % s)
        def enc2(s, errors='strict'):
            raise KeyError('k')
        return codecs.CodecInfo(enc, enc2)
codecs.register(search)
try:
    codecs.encode('x', 'boom')
except ValueError as e:
    print(e, '|', repr(e.__cause__))
try:
    codecs.decode(b'x', 'boom')
except KeyError as e:
    print(repr(e), e.__cause__)
class MyErr(Exception): pass
class MyErr2(Exception):
    def __init__(self, a): super().__init__(a); self.x = 1
excs = {'va2': ValueError('a', 'b'), 'my': MyErr('m'), 'my2': MyErr2('m'), 'attr': AttributeError('at'), 'os': OSError(2, 'x'),
        'rt': RuntimeError(), 'lk': LookupError('l'), 'ue': UnicodeDecodeError('x', b'', 0, 0, 'r'), 'imp': ImportError('i'), 'zd': ZeroDivisionError('z')}
def search2(n):
    if n in excs:
        def enc(s, errors='strict'):
            raise excs[n]
        return codecs.CodecInfo(enc, enc)
codecs.register(search2)
for n in excs:
    try:
        codecs.encode('x', n)
    except Exception as e:
        print(n, type(e).__name__, str(e), e.__cause__ is not None)

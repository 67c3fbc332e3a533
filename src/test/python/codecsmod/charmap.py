# the charmap codec: translation tables, as table-driven codecs use them
import codecs

print(codecs.charmap_decode(b'\x00\x01\x02', 'strict', 'abc'), codecs.charmap_decode(b'\xe9'))
print(codecs.charmap_decode(b'\x01\x02', None, {1: 'xy', 2: 0x20ac}))
for a in [(b'\x05', 'strict', 'abc'), (b'\x01', 'strict', {1: None}), (b'\x01', 'strict', {}),
          (b'\x00\x01a', 'replace', 'a\ufffe'), (b'\x01', 'strict', {1: 0x110000}), (b'\x01', 'strict', {1: 1.5}),
          (b'\x01\x02', 'backslashreplace', {}), (b'\x01\x02x', 'ignore', {120: 'X'}), (b'\x01', 'nope', {})]:
    try:
        print(codecs.charmap_decode(*a))
    except Exception as e:
        print(type(e).__name__, e)
m = codecs.charmap_build('abc')
print(codecs.charmap_encode('abc', 'strict', m), codecs.charmap_encode('ab', 'strict', {97: 1, 98: b'xy'}))
print(codecs.charmap_encode('\xe9'), codecs.charmap_encode('\xe9', 'strict', None))
for a in [('d', 'strict', m), ('d', 'replace', m), ('da', 'replace', {ord('?'): 63, 97: 0}),
          ('d', 'strict', {100: None}), ('d', 'strict', {100: 300}), ('d', 'xmlcharrefreplace', {}),
          ('d\xe9', 'backslashreplace', {ord(c): ord(c) for c in '\\x0123456789abcdef'}),
          ('dd', 'ignore', {}), ('d', 'strict', {100: 'x'}), ('\u20ac', 'nope', {})]:
    try:
        print(codecs.charmap_encode(*a))
    except Exception as e:
        print(type(e).__name__, e)


# a codec of our own built on charmap, the way table-driven codecs are written
decoding_table = ''.join(chr(i) for i in range(128)) + '\u20ac' + '\ufffe' * 127
encoding_table = codecs.charmap_build(decoding_table)

class MyCodec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return codecs.charmap_encode(input, errors, encoding_table)

    def decode(self, input, errors='strict'):
        return codecs.charmap_decode(input, errors, decoding_table)

def search(name):
    if name == 'euroascii':
        return codecs.CodecInfo(MyCodec().encode, MyCodec().decode, name='euroascii')

codecs.register(search)
print(codecs.encode('a\u20ac', 'euroascii'), codecs.decode(b'a\x80', 'euroascii'))
print(codecs.decode(b'a\x81', 'euroascii', 'replace'), codecs.encode('\xe9', 'euroascii', 'xmlcharrefreplace'))

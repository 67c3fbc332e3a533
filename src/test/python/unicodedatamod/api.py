# unicodedata: names and lookup (computed names too), categories, normalization, errors
import unicodedata as u

for c in 'aZ5 \t\u00e9\u0301\u00bd\u00b2\u0660\u2167\u4e00\u9fa5\uac00\ud7a3\uf900\u20ac\U0001F600\U00020000\u200f\u2028':
    print(repr(c), u.name(c, None), u.category(c), u.bidirectional(c), u.mirrored(c), u.decimal(c, None))
for n in ['LATIN SMALL LETTER A', 'latin small letter a', 'EURO SIGN', 'CJK UNIFIED IDEOGRAPH-4E00',
          'CJK UNIFIED IDEOGRAPH-20000', 'CJK UNIFIED IDEOGRAPH-04E00', 'cjk compatibility ideograph-f900', 'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE HIH', 'GRINNING FACE',
          'CJK COMPATIBILITY IDEOGRAPH-F900', 'SPACE']:
    print(n, repr(u.lookup(n)))
for cp in range(0x20, 0x3000, 37):
    n = u.name(chr(cp), None)
    if n is not None and u.lookup(n) != chr(cp):
        print("lookup mismatch", hex(cp))
for cp in range(0xAC00, 0xD7A4, 101):
    assert u.lookup(u.name(chr(cp))) == chr(cp)


def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, repr(str(e)) if not isinstance(e, KeyError) else e)


t(u.lookup, 'NO SUCH THING')
t(u.lookup, 'HANGUL SYLLABLE XX')
t(u.lookup, 'CJK UNIFIED IDEOGRAPH-0041')
t(u.lookup, 'CJK UNIFIED IDEOGRAPH-4e00')
t(u.lookup, 'hangul syllable ga')
t(u.lookup, 'Latin Small Letter A')
t(u.name, '\x00')
t(u.name, '\ue000')
t(u.name, '\U000F0000')
t(u.decimal, 'x')
t(u.decimal, '\u00b2')
t(u.decimal, '\u0663')
print(u.name('\x00', 'dflt'), u.decimal('x', -1))

s = 'e\u0301 \u00e9 \ufb01 \u2460 \uac00 \u1100\u1161 A\u030a\u0327 \u00c5'
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    r = u.normalize(form, s)
    print(form, [hex(ord(c)) for c in r], u.is_normalized(form, s), u.is_normalized(form, r))
print(u.normalize('NFC', ''), u.is_normalized('NFD', 'abc'))
t(u.normalize, 'NFX', 'a')
t(u.is_normalized, 'nfc', 'a')
print(type(u.unidata_version).__name__, u.unidata_version.count('.'))
t(u.name, 'ab')
t(u.category, 5)
t(u.decimal, '')
t(u.mirrored, 'xy')
t(u.bidirectional, '')
t(u.normalize, 1, 'a')
t(u.normalize, 'NFC', 1)
t(u.is_normalized, 'NFC', b'a')
t(u.lookup, 5)
print(u.lookup(b'EURO SIGN'))

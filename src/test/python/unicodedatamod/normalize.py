# normalize() and is_normalized() on sequences: canonical ordering of marks, composition
# that skips blocked marks, exclusions, singletons, Hangul jamo, compatibility forms, and
# where ucd_3_2_0 differs (characters it does not know, corrected ideographs).
import unicodedata as u

CASES = ['', 'abc', 'e\u0301', '\u00e9', 'a\u0323\u0302', 'a\u0302\u0323', '\u1ea5\u0323', 'a\u0301\u0301',
         'A\u030a\u0327', '\u00c5\u0327', '\u212b', '\u2126', '\u0958', '\u0915\u093c', '\u2adc', '\u0344',
         '\u0f73', '\u0f77', 'e\u0305\u0301', 'o\u031b\u0323\u0301', '\u1100\u1161', '\u1100\u1161\u11a8',
         '\uac00\u11a8', '\uac01\u11a8', '\u1100\u1100\u1161', '\u1161\u11a8', '\ud7a3', '\u3131',
         '\ufb01', '\u2460', '\u00bd', '\u2075', '\uff21', '\u3000', '\u1e9b\u0323', '\u0041\u0308\u0304',
         '\u00e4\u0304', '\u0CC6\u0CC2\u0CD5', '\u0b47\u0b3e', '\u0b47\u0300\u0b3e', '\U000110a5\U000110ba',
         '\U0001109a', '\U00011099\U000110ba', '\U0001d15e', '\U0001d160', '\U0002f868', '\U0002f874',
         '\U0002f91f', '\u00a0\u0301', '\u0301a', '\u0301\u0300', '\u0300\u0301\u0316', 'x\u0351\u0323',
         '\u05d0\u05b7\u05bc', '\ufb2e', '\u0627\u0653', '\u0622', '\u0e40\u0e01\u0e4d\u0e32', '\u0e33',
         '\u1026\u102e', '\u1025\u102e', 'I\u0307', '\u0130', 's\u0323\u0307', '\u1e69',
         '\U0001f600\u0301', '\ud800\u0301', 'caf\u00e9 na\u00efve \u00c5ngstr\u00f6m \ufb03']

for db in (u, u.ucd_3_2_0):
    for s in CASES:
        out = [db.normalize(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
        ok = [db.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
        print(db.unidata_version, ascii(s), ' '.join(map(ascii, out)), ok)


class S(str):
    pass


x = S('abc')
print(type(u.normalize('NFC', x)).__name__, u.normalize('NFC', x) is x)
y = S('e\u0301')
print(type(u.normalize('NFC', y)).__name__, type(u.normalize('NFD', y)).__name__)
z = 'abc\u00e9'
print(u.normalize('NFC', z) is z, u.normalize('NFKC', z) is z)

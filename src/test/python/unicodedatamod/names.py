# lookup(): regular names in any case, computed names (Hangul syllables, CJK unified
# ideographs) in upper case only, name aliases and named sequences (the 14.0 database only),
# bytes, and the KeyErrors.
import unicodedata as u


def t(f, *a):
    try:
        r = f(*a)
        print(ascii(r) if isinstance(r, str) else r)
    except Exception as e:
        print(type(e).__name__, ascii(e.args))


for n in ['LATIN SMALL LETTER A', 'latin small letter a', 'LaTiN sMaLl LeTtEr A', 'EURO SIGN',
          'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-4E0',
          'CJK UNIFIED IDEOGRAPH-2A6DF', 'CJK UNIFIED IDEOGRAPH-2A6E0', 'CJK UNIFIED IDEOGRAPH-3134A',
          'CJK UNIFIED IDEOGRAPH-3134B', 'CJK UNIFIED IDEOGRAPH-9FFF', 'CJK UNIFIED IDEOGRAPH-4e00',
          'cjk unified ideograph-4E00', 'CJK UNIFIED IDEOGRAPH-', 'CJK UNIFIED IDEOGRAPH-G000',
          'CJK COMPATIBILITY IDEOGRAPH-F900', 'cjk compatibility ideograph-2fa1d',
          'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE GGWAELH', 'HANGUL SYLLABLE A', 'HANGUL SYLLABLE HIH',
          'HANGUL SYLLABLE ', 'HANGUL SYLLABLE GAX', 'hangul syllable ga', 'HANGUL SYLLABLE GAG ',
          'TANGUT IDEOGRAPH-17000', 'NUSHU CHARACTER-1B170', 'KHITAN SMALL SCRIPT CHARACTER-18B00',
          'LATIN CAPITAL LETTER GHA', 'latin capital letter gha', 'LF', 'NULL', 'nbsp', 'BYTE ORDER MARK',
          'ZWJ', 'VS1', 'KEYCAP NUMBER SIGN', 'keycap digit zero', 'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE',
          'TAMIL SYLLABLE KSSA', 'GRINNING FACE', ' SPACE', 'SPACE ', 'SPACE\x00', 'NO SUCH THING', '',
          'A' * 256, 'A' * 257, '\xe9' * 128, '\xe9' * 129, 'LATIN SMALL LETTER \xe9']:
    t(u.lookup, n)
    t(u.ucd_3_2_0.lookup, n)
t(u.lookup, b'EURO SIGN')
t(u.lookup, b'euro sign')
t(u.lookup, b'LATIN SMALL LETTER A\xff')
t(u.lookup, b'\xc3\xa9')
t(u.lookup, b'\x00')
t(u.lookup, bytearray(b'SPACE'))
t(u.lookup, memoryview(b'SPACE'))
t(u.lookup, 5)
t(u.lookup, None)
t(u.lookup, '\ud800')
t(u.lookup, 'SPACE\udc00')


class S(str):
    pass


t(u.lookup, S('space'))
t(u.name, S('a'))
for c in ['\x00', '\x1f', '\x7f', '\x9f', '\ue000', '\U000f0000', '\U00100000', '\ud800', '\udfff', '\u0378',
          '\U0003134a', '\U0003134b', '\U00017000']:
    t(u.name, c)
t(u.name, '\u9fa6')
t(u.ucd_3_2_0.name, '\u9fa6')
t(u.ucd_3_2_0.name, '\u9fa5')
t(u.ucd_3_2_0.name, '\U0001f600')
t(u.ucd_3_2_0.name, '\U0001f600', 'dflt')

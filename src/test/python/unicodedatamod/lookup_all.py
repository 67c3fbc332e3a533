# lookup() gives back every named character from its name (and, for the stored names, from
# the name in lower case); ucd_3_2_0 looks up the names it has, and refuses the others.
import unicodedata as u
from itertools import repeat

CHARS = list(map(chr, range(0x110000)))
NAMES14 = list(map(u.name, CHARS, repeat(None)))
for db in (u, u.ucd_3_2_0):
    pairs = [(c, n) for c, n in zip(CHARS, map(db.name, CHARS, repeat(None))) if n is not None]
    chars = [c for c, n in pairs]
    names = [n for c, n in pairs]
    good = sum(map(str.__eq__, map(db.lookup, names), chars))
    stored = [(c, n.lower()) for c, n in pairs if not n.startswith(('CJK UNIFIED IDEOGRAPH-', 'HANGUL SYLLABLE '))]
    lower = sum(map(str.__eq__, map(db.lookup, [n for c, n in stored]), [c for c, n in stored]))
    print(db.unidata_version, len(names), good, len(stored), lower)
# names of 14.0 that ucd_3_2_0 does not know (it has no name for those characters either)
missing = []
for c, n in zip(CHARS, NAMES14):
    if n is not None and u.ucd_3_2_0.name(c, None) is None:
        try:
            u.ucd_3_2_0.lookup(n)
            missing.append(n)
        except KeyError:
            pass
print('known to lookup but not named in 3.2.0', len(missing), missing[:3], missing[-3:])

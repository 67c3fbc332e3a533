# lookup() gives back every named character from its name (and, for the stored names, from
# the name in lower case); ucd_3_2_0 looks up the names it has.
import unicodedata as u
from itertools import repeat

CHARS = [chr(cp) for cp in range(0x110000)]
for db in (u, u.ucd_3_2_0):
    names = list(map(db.name, CHARS, repeat(None)))
    good = bad = lower = 0
    for c, n in zip(CHARS, names):
        if n is None:
            continue
        if db.lookup(n) == c:
            good += 1
        else:
            bad += 1
        if not n.startswith(('CJK UNIFIED IDEOGRAPH-', 'HANGUL SYLLABLE ')):
            lower += db.lookup(n.lower()) == c
    print(db.unidata_version, good, bad, lower)
# names of 14.0 that ucd_3_2_0 does not know
missing = 0
for n in map(u.name, CHARS, repeat(None)):
    if n is None:
        continue
    try:
        u.ucd_3_2_0.lookup(n)
    except KeyError:
        missing += 1
print('unknown to 3.2.0', missing)

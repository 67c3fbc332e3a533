# Random short strings of marks, decomposable characters and Hangul jamo/syllables, in all
# four forms and both databases: one digest (the strings come from random.Random(5)).
import hashlib
import random
import unicodedata as u

r = random.Random(5)
pool = [chr(c) for c in range(0x110000) if u.combining(chr(c)) or u.decomposition(chr(c))
        or 0x1100 <= c < 0x1200 or 0xAC00 <= c < 0xAC40]
pool += list('aeiouAEIOU=<>')
for db in (u, u.ucd_3_2_0):
    out = []
    for i in range(6000):
        s = ''.join(r.choice(pool) for _ in range(r.randint(1, 6)))
        for f in ('NFC', 'NFD', 'NFKC', 'NFKD'):
            out.append(db.normalize(f, s))
            out.append(str(db.is_normalized(f, s)))
    print(db.unidata_version, len(pool), hashlib.sha256('\n'.join(out).encode('utf-8', 'surrogatepass')).hexdigest()[:16])

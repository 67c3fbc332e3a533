# The four normalization forms of every code point (Unicode 14.0.0), one digest each, with
# the number of characters each form changes and what is_normalized says (it must agree).
import hashlib
import unicodedata as db
from functools import partial

CHARS = list(map(chr, range(0x110000)))

for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    out = list(map(partial(db.normalize, form), CHARS))
    changed = sum(map(str.__ne__, out, CHARS))
    h = hashlib.sha256('\n'.join(out).encode('utf-8', 'surrogatepass')).hexdigest()[:16]
    ok = sum(map(partial(db.is_normalized, form), CHARS))
    print(db.unidata_version, form, changed, ok, h)

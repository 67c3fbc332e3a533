# The four normalization forms of every code point (Unicode 3.2.0, ucd_3_2_0), one digest each, with
# the number of characters each form changes and what is_normalized says (it must agree).
import hashlib
import unicodedata
from functools import partial

db = unicodedata.ucd_3_2_0
CHARS = list(map(chr, range(0x110000)))

for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    out = list(map(partial(db.normalize, form), CHARS))
    changed = sum(map(str.__ne__, out, CHARS))
    h = hashlib.sha256('\n'.join(out).encode('utf-8', 'surrogatepass')).hexdigest()[:16]
    ok = sum(map(partial(db.is_normalized, form), CHARS))
    print(db.unidata_version, form, changed, ok, h)

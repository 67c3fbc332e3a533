# unicodedata's TypeErrors and ValueErrors, for the module's functions and ucd_3_2_0's methods.
import unicodedata as u


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(ascii(r) if isinstance(r, str) else r)
    except Exception as e:
        print(type(e).__name__, ascii(str(e)))


ONE = ['category', 'bidirectional', 'combining', 'east_asian_width', 'mirrored', 'decomposition']
DEFAULT = ['name', 'decimal', 'digit', 'numeric']
for db in (u, u.ucd_3_2_0):
    for fn in ONE + DEFAULT:
        f = getattr(db, fn)
        t(f, 'ab')
        t(f, '')
        t(f, 5)
        t(f, b'a')
        t(f, None)
        t(f)
        t(f, 'a', None, None)
        t(f, chr=' ')
    t(db.decimal, 'x')
    t(db.digit, 'x')
    t(db.numeric, 'x')
    t(db.name, '\x01')
    t(db.decimal, '\u00bd')
    t(db.digit, '\u00bd')
    t(db.decimal, '\u00b2')
    t(db.lookup)
    t(db.lookup, 'a', 'b')
    t(db.lookup, name='SPACE')
    t(db.normalize, 'NFC')
    t(db.normalize)
    t(db.normalize, 'NFC', 'a', 'b')
    t(db.is_normalized, 'NFC')
    t(db.normalize, 'NFX', 'a')
    t(db.normalize, 'nfc', 'a')
    t(db.normalize, '', 'a')
    t(db.normalize, 1, 'a')
    t(db.normalize, 'NFC', 1)
    t(db.normalize, 'NFX', 1)
    t(db.normalize, 1, 1)
    t(db.normalize, 'NFC', b'a')
    t(db.normalize, b'NFC', 'a')
    t(db.is_normalized, 'NFX', 'a')
    t(db.is_normalized, 1, 'a')
    t(db.is_normalized, 'NFC', 1)
    t(db.is_normalized, 'NFX', 1)
    t(db.normalize, form='NFC', unistr='a')

# unicodedata's numeric properties over every code point (Unicode 14.0.0), one digest
# per property; the digests come from CPython 3.11, so any differing answer changes a line.
import hashlib
import unicodedata as u
from array import array
from itertools import repeat

CHARS = list(map(chr, range(0x110000)))


def digest(data):
    return hashlib.sha256(data).hexdigest()[:16]


print('combining', digest(bytes(map(u.combining, CHARS))))
print('mirrored', digest(bytes(map(u.mirrored, CHARS))))
print('decimal', digest(bytes(map(u.decimal, CHARS, repeat(99)))))
print('digit', digest(bytes(map(u.digit, CHARS, repeat(99)))))
print('numeric', digest(array('d', map(u.numeric, CHARS, repeat(-1.0))).tobytes()))

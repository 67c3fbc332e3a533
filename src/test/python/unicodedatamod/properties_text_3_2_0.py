# unicodedata's string properties over every code point (Unicode 3.2.0, ucd_3_2_0), one digest
# per property; the digests come from CPython 3.11, so any differing answer changes a line.
import hashlib
import unicodedata
from itertools import repeat

u = unicodedata.ucd_3_2_0

CHARS = list(map(chr, range(0x110000)))


def digest(data):
    return hashlib.sha256(data).hexdigest()[:16]


def text(values):
    return digest('\n'.join(values).encode())


print('category', text(map(u.category, CHARS)))
print('bidirectional', text(map(u.bidirectional, CHARS)))
print('east_asian_width', text(map(u.east_asian_width, CHARS)))
print('decomposition', text(map(u.decomposition, CHARS)))
print('name', text(map(u.name, CHARS, repeat('-'))))

# Every unicodedata function on chosen characters: digits, fractions, marks, wide and
# ambiguous widths, mirrored brackets, decompositions of each kind, unassigned and private use.
import unicodedata as u

SAMPLE = ('0', '9', 'a', '\u00b2', '\u00bd', '\u0660', '\u0f33', '\u2155', '\u216b', '\u2460', '\u3007',
          '\u4e00', '\u4e8c', '\u5146', '\u5343', '\U0001d7ce', '\U0001f10c', '\u0301', '\u0327', '\u05b0',
          '\u0e38', '\u302a', '\uff21', '\uff61', '\u00a1', '\u00e9', '\u1e9b', '\u00a0', '\ufb01', '\u2126',
          '\u212b', '\u0958', '\uac00', '\ud7a3', '(', ')', '\u00ab', '\u2208', '\u0378', '\ue000', '\U000f0000',
          '\ud800', '\U0010ffff', '\U00017000', '\U0001b170', '\U00018b00', '\U0002fa1d', '\u1f00', '\U0001f600',
          '\u0600', '\u05d0', '\u200d', '\u2028', '\u3000', '\x00', '\x7f', '\u00ad')
for c in SAMPLE:
    print(ascii(c), u.name(c, None), u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c),
          u.mirrored(c), repr(u.decomposition(c)), u.decimal(c, None), u.digit(c, None), u.numeric(c, None))

o = u.ucd_3_2_0
for c in SAMPLE:
    print('3.2', ascii(c), o.name(c, None), o.category(c), o.bidirectional(c), o.combining(c),
          o.east_asian_width(c), o.mirrored(c), repr(o.decomposition(c)), o.decimal(c, None), o.digit(c, None),
          o.numeric(c, None))

print(u.decimal('7'), u.digit('\u2467'), u.numeric('\u2182'), u.numeric('\U00012432'), u.numeric('\u0f2a'))
print(u.name('x', 0), u.decimal('x', 'none'), u.digit('x', []), u.numeric('x', 1.5))
print(type(u.numeric('1')).__name__, type(u.decimal('1')).__name__, type(u.combining('a')).__name__,
      type(u.mirrored('(')).__name__)

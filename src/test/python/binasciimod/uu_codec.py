# binascii.a2b_uu / b2a_uu: round trips, backtick, line lengths, garbage.
import binascii


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


for n in (0, 1, 2, 3, 4, 44, 45):
    data = bytes((i * 37) & 0xFF for i in range(n))
    for bt in (False, True):
        line = binascii.b2a_uu(data, backtick=bt)
        print(n, bt, line, binascii.a2b_uu(line) == data)
show(binascii.b2a_uu, b'x' * 46)
show(binascii.b2a_uu, b'a', True)
show(binascii.b2a_uu, 'a')

for s in [b'', b' ', b'!', b'`', b'\x7f', b'~', b'!\n', b'!`', b'!a', b'!\x01', b'!A   ', b'!A```',
          b'!A\r\n', b'!A\n\n', b'!A \t', b'!AB', b'!ABC', b'!ABCD', b'"ABCD', b'\x1f', b'\x00',
          b'!\xff', b'!{{', b'#86)C  \r\n ', b'\n', b'!A!', b'!AB!!', b'#8\nXY', b'#8\n\n', b'#8\r`',
          b'#8 ', b'#8 !', '#86)C', b'#86)C!!!!!\n', b'#86)Cx\n']:
    show(binascii.a2b_uu, s)
show(binascii.a2b_uu, 'é')
show(binascii.a2b_uu, None)

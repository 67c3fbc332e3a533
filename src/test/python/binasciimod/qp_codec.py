# binascii.a2b_qp / b2a_qp: escapes, soft line breaks, CRLF, header mode, trailing blanks.
import binascii as b


def t(f, *a, **k):
    try:
        print(a, k, repr(f(*a, **k)))
    except Exception as e:
        print(a, k, type(e).__name__, e)


for s in [b'a=3d', b'a=3D', b'a=', b'a=\n', b'a=\r\n', b'a= \nb', b'a=  \r\nb', b'=4', b'=4g', b'=g4', b'a_b', b'==41', b'a=\rb', b'a=\n=\nb', b'=\xff', 'a=41', b'abc\r\ndef\n', b'a \nb', b'=0a=0D']:
    t(b.a2b_qp, s); t(b.a2b_qp, s, header=True)
t(b.a2b_qp, data=b'x', header=1)
for s in [b'', b'a', b'a b', b'a\tb', b'a \n', b'a\t\n', b'a ', b'a\t', b'a\r\nb\nc', b'a\nb\r\nc', b'a\rb', b'a\r', b'\r\n', b'a\n\r\n',
          b'a?b=c_d', b'.\n.a\n', b'From x\nfrom', b'\x00\x7f\x80\x1b', b'x'*75, b'x'*76, b'x'*77, b'x'*75+b'\n', b'x'*76+b'\n', b'x'*74+b'==', b'x'*73+b'=',
          b'x'*75+b' ', b'x'*74+b' ', b'x'*74+b' \n', b'x'*200, b'x'*74+b'\xff\xff', b'x'*72 + b'\t\t\t\n', b' '*80, b'a'*80+b'\r\n'+b'b'*80, b'\n\n', b'\r\r\n', b'a \r\n']:
    for kw in [{}, {'quotetabs': True}, {'istext': False}, {'header': True}]:
        t(b.b2a_qp, s, **kw)
t(b.b2a_qp, 'abc')
t(b.b2a_qp, b'a b', 1, 1, 1)
t(b.b2a_qp, data=b'a b', header=True)
for s in [b'==', b'==3D', b'===41', b'=3d=3', b'=\r', b'=\rb', b'=\n', b'a=\r\r\nb', b'=41=', b'==\n']:
    t(b.a2b_qp, s)
for s in [b'.', b'a.\n', b'.\r\n', b'.\rx', b'.a', b'x\n.', b'x'*75+b' \n', b'x'*75+b'\t\n', b'x'*76+b'\n', b' \r', b'a \rb', b'x'*75+b'.\n', b'x'*74+b'.', b'x'*75+b'\r\n', b'\x01\n', b'x'*75 + b'\x01', b'\n.\n', b'x'*75 + b'\r']:
    for kw in [{}, {'quotetabs': True}, {'istext': False}, {'header': True}]:
        t(b.b2a_qp, s, **kw)

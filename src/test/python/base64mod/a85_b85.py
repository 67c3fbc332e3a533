# base64: Ascii85 and Base85 (folding, wrapping, Adobe framing, ignorechars, errors).
import base64 as b
def t(f,*a,**k):
    try: print(repr(f(*a,**k)))
    except BaseException as e: print(type(e).__module__, type(e).__name__, e)
for d in [b'', b'\0', b'\0'*4, b'\0'*5, b'    ', b'  ', b'hello world', b'\xff'*4, b'\0\0\0\0abc']:
    t(b.a85encode, d); t(b.a85encode, d, pad=True); t(b.a85encode, d, foldspaces=True); t(b.a85encode, d, adobe=True)
    t(b.b85encode, d); t(b.b85encode, d, pad=True)
data = bytes(range(40))
for w in (0, 1, 2, 3, 5, 10, 20):
    t(b.a85encode, data, wrapcol=w); t(b.a85encode, data, wrapcol=w, adobe=True)
t(b.a85encode, b'', adobe=True, wrapcol=1)
t(b.a85encode, b'abcd', adobe=True, wrapcol=2)
t(b.a85encode, b'abcd', adobe=True, wrapcol=7)
t(b.a85encode, 'abc')
t(b.b85encode, 'abc')
for s in [b'', b'z', b'zz', b'!!', b'!', b'87cURD]i,"Ebo80', b'87cURD]i,"Ebo8', b'87 cU\nRD', b'y', b'ay', b'az', b'!z', b's8W-"', b's8W-#', b'uuuuu', b'v', b'a~', b'<~87cUR~>', b'87cUR~>', b'<~87cUR', b'<~87cUR~', b'\xff', 'é', '87cUR', b'87cUR~>abc']:
    t(b.a85decode, s); t(b.a85decode, s, adobe=True); t(b.a85decode, s, foldspaces=True)
t(b.a85decode, b'87 cUR', ignorechars=b'')
t(b.a85decode, b'87xcUR', ignorechars=b'x')
t(b.a85decode, b'87xcUR', ignorechars='x')
for s in [b'', b'0', b'00', b'Xk~0{Zy<MXa%^M', b'Xk~0{Zy<MXa%^M0', b'|NsC0', b'|NsC1', b'~~~~~', b'ab"cd', b'ab cd', b'\xff', 'é', 'VPa!s']:
    t(b.b85decode, s)

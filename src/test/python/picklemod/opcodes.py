# Unpickling hand-written opcode streams: every opcode of protocols 0 to 5
import pickle


class C:
    pass


class WithInitArgs:
    def __init__(self, *args):
        self.args = args


streams = [
    b'I01\n.', b'I00\n.', b'I-7\n.', b'I 42\n.', b'L5\n.', b'L5L\n.', b'L-12345678901234567890L\n.',
    b'F1.5\n.', b'Finf\n.', b'F-0.0\n.', b'G?\xf8\x00\x00\x00\x00\x00\x00.',
    b'J\xff\xff\xff\xff.', b'K\xff.', b'M\xff\xff.', b'\x8a\x00.', b'\x8a\x01\x80.', b'\x8a\x02\xff\x00.',
    b'\x8b\x02\x00\x00\x00\x01\x02.',
    b"S'a\\nb'\n.", b'S"q\\x41\\101\\\'"\n.', b"S'\\\\'\n.", b'T\x02\x00\x00\x00ab.', b'U\x02ab.',
    b'Va\\u20acb\n.', b'X\x03\x00\x00\x00\xe2\x82\xac.', b'\x8c\x01x.', b'\x8d\x01\x00\x00\x00\x00\x00\x00\x00y.',
    b'C\x01z.', b'B\x01\x00\x00\x00z.', b'\x8e\x01\x00\x00\x00\x00\x00\x00\x00z.',
    b'\x96\x02\x00\x00\x00\x00\x00\x00\x00ab.',
    b'(K\x01K\x02K\x03l.', b'(K\x01K\x02K\x03t\x85.', b'(K\x01K\x02d.', b'(t.', b').',
    b'K\x01\x85.', b'K\x01K\x02\x86.', b'K\x01K\x02K\x03\x87.',
    b'](K\x01K\x02e.', b']K\x01a.', b'}(K\x01K\x02u.', b'}K\x01K\x02s.',
    b'\x8f(K\x01K\x02\x90.', b'(K\x01\x91.',
    b'K\x01(K\x022.', b'K\x01K\x020.', b'K\x01(K\x02K\x031.',
    b'K\x05p3\nNg3\n\x86.', b'K\x05q\x07Nh\x07\x86.', b'K\x05r\x00\x01\x00\x00Nj\x00\x01\x00\x00\x86.',
    b'\x80\x04K\x05\x94N\x94h\x00h\x01\x87.',
    b'cbuiltins\nlen\n.', b'\x80\x04\x8c\x08builtins\x8c\x03len\x93.', b'\x80\x04\x8c\x02os\x8c\tpath.join\x93.',
    b'\x80\x02c__builtin__\nxrange\nK\x03\x85R.', b'\x80\x02c__builtin__\nunicode\n.',
    b'\x80\x02cUserDict\nIterableUserDict\n.', b'\x80\x02cexceptions\nStandardError\n.',
    b'\x80\x02citertools\nizip_longest\n.', b'\x80\x02ccopy_reg\n_reconstructor\n.',
    b'cbuiltins\nint\n)\x81.', b'\x80\x04cbuiltins\nint\n)}\x92.',
    b'(i__main__\nC\n.', b'(c__main__\nC\no.', b'(i__main__\nWithInitArgs\nK\x01K\x02.',
    b'(c__main__\nWithInitArgs\nK\x01o.',
    b'c__main__\nC\n)\x81}(\x8c\x01aK\x01ub.', b'c__main__\nC\n)\x81N}\x8c\x01bK\x02s\x86b.',
    b'\x95\x02\x00\x00\x00\x00\x00\x00\x00N.',
]
for data in streams:
    obj = pickle.loads(data)
    shown = vars(obj) if isinstance(obj, (C, WithInitArgs)) else obj
    if callable(obj) and not isinstance(obj, type):
        shown = obj.__module__, obj.__qualname__
    print(data, type(obj).__name__, shown)

import copyreg
copyreg.add_extension('builtins', 'len', 5)
copyreg.add_extension('builtins', 'abs', 0x1234)
copyreg.add_extension('builtins', 'max', 0x123456)
print(pickle.loads(b'\x82\x05.'), pickle.loads(b'\x834\x12.'), pickle.loads(b'\x84V4\x12\x00.'))
copyreg.remove_extension('builtins', 'len', 5)
copyreg.remove_extension('builtins', 'abs', 0x1234)
copyreg.remove_extension('builtins', 'max', 0x123456)

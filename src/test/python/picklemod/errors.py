# Error messages of pickling and unpickling, as CPython 3.11's C pickle words them
import io
import pickle
import re


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        text = re.sub(' at 0x[0-9a-f]+', '', str(e))
        text = re.sub(r"<module '__main__' from [^>]*>", "<module '__main__'>", text)
        print(label, type(e).__name__, text)
    else:
        print(label, 'ok', result if not hasattr(result, '__dict__') else type(result).__name__)


def outer():
    def inner():
        pass
    return inner


lam = lambda: 1


class Original:
    pass


Renamed = Original


class Original:
    pass


class Reduce:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return self.value


class Unimportable:
    pass


Unimportable.__module__ = 'no_such_module'


class BadQualname:
    pass


BadQualname.__qualname__ = 'Nope.Nope'

attempt('local', lambda: pickle.dumps(outer()))
attempt('lambda', lambda: pickle.dumps(lam))
attempt('lambda 4', lambda: pickle.dumps(lam, 4))
attempt('not same', lambda: pickle.dumps(Renamed))
attempt('import', lambda: pickle.dumps(Unimportable))
attempt('qualname', lambda: pickle.dumps(BadQualname, 4))
attempt('module', lambda: pickle.dumps(pickle))
attempt('reduce int', lambda: pickle.dumps(Reduce(1)))
attempt('reduce 1-tuple', lambda: pickle.dumps(Reduce((1,))))
attempt('reduce 7-tuple', lambda: pickle.dumps(Reduce((Reduce, ()) + (None,) * 5)))
attempt('not callable', lambda: pickle.dumps(Reduce((1, ()))))
attempt('args', lambda: pickle.dumps(Reduce((Reduce, 1))))
attempt('listitems', lambda: pickle.dumps(Reduce((Reduce, (1,), None, 1))))
attempt('dictitems', lambda: pickle.dumps(Reduce((Reduce, (1,), None, None, 1))))
attempt('setter', lambda: pickle.dumps(Reduce((Reduce, (1,), None, None, None, 1))))
attempt('name', lambda: pickle.dumps(Reduce('no_such_name')))
attempt('protocol 6', lambda: pickle.dumps(1, 6))
attempt('protocol str', lambda: pickle.dumps(1, 'x'))
attempt('no write', lambda: pickle.Pickler(1))
attempt('no read', lambda: pickle.Unpickler(1))
attempt('callback', lambda: pickle.Pickler(io.BytesIO(), 4, buffer_callback=print))
attempt('str data', lambda: pickle.loads('N.'))
attempt('persistent_id', lambda: pickle.Pickler(io.BytesIO()).persistent_id)
attempt('persistent_load', lambda: pickle.Unpickler(io.BytesIO()).persistent_load)
attempt('non-ascii name 2', lambda: pickle.dumps(Reduce('\u20ac'), 2))

bad_pickles = [
    b'', b'x', b'\x00', b"'", b'\\', b'\xff', b'\x80\x06N.', b'N', b'K', b'.', b'a.', b'h\x05.', b'g0\n.',
    b'c__main__\nNope\n.', b'cno_such_module\nNope\n.', b'N(.', b'(N(N.', b'NN.',
    b'Pxx\n.', b'I1x\n.', b'Ix\n.', b'Fx\n.', b'F1.5x\n.', b'Lx\n.', b'gx\n.', b'Np-1\n.',
    b'S"abc\n.', b'Sabc\n.', b'X\x01\x00\x00\x00\xff.', b'I5',
    b'\x80\x05\x97.', b'\x82\x01.', b'\x88\x94\x84\x00\x00\x00\x00.',
    b'\x80\x02N\x81.', b'\x80\x02cbuiltins\nint\nN\x81.', b'\x80\x04cbuiltins\nint\n)N\x92.',
    b'\x8a\x02\xff\x00.', b'\x8b\xff\xff\xff\xff.', b'T\xff\xff\xff\xff.',
    b'(K\x01K\x02K\x03d.', b'K\x01K\x02\x300.', b']K\x05\x90.', b'}K\x01s.', b'}(K\x01u.',
    b'N}b.', b'cbuiltins\nobject\n)\x81K\x01b.', b'\x80\x04K\x01K\x02\x93.',
    b'\x80\x04\x8c\x08builtins\x8c\x04Nope\x93.', b'U\x02\xff\xfe.',
    b'\x95\x10\x00\x00\x00\x00\x00\x00\x00N.',
]
for data in bad_pickles:
    attempt(data, lambda: pickle.loads(data))
    attempt('  from a file', lambda: pickle.load(io.BytesIO(data)))
attempt('unpickler load', lambda: pickle.Unpickler(io.BytesIO(b'Pabc\n.')).load())
attempt('buffers', lambda: pickle.loads(b'\x80\x05\x97.', buffers=[]))
attempt('fix_imports', lambda: pickle.loads(b'\x80\x02c__builtin__\nlen\n.', fix_imports=False))
attempt('py3 proto', lambda: pickle.loads(b'\x80\x03c__builtin__\nxrange\nK\x03\x85R.'))
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
print(pickle.PicklingError.__module__, pickle.PickleError.__mro__[1].__name__)

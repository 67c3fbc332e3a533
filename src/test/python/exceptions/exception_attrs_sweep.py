# KeyError's repr/str, StopIteration.value, SystemExit.code, args, notes, ImportError/NameError/AttributeError keywords
print(repr(KeyError('a')), str(KeyError('a')), str(KeyError('a', 'b')), str(KeyError()), str(KeyError(1)))
try:
    {}['x']
except KeyError as e:
    print(repr(e), str(e), e.args)
s = StopIteration(5)
print(s.value, s.args, StopIteration().value, StopIteration(1, 2).value)


def g():
    yield 1
    return 42


it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print('value', e.value)
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code, SystemExit('x').code)
e = Exception(1, 2)
print(e.args, str(e), repr(e))
e.args = (5,)
print(e, repr(e))
print(str(Exception()), repr(Exception()), str(Exception('a')), repr(Exception('a')))
e = ValueError('x')
e.foo = 3
print(e.__dict__, e.with_traceback(None) is e, e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
e.add_note('note1')
print(e.__notes__)
print(ImportError('m', name='n', path='p').name, ImportError('m', name='n', path='p').path, ImportError('m').msg)
print(repr(ModuleNotFoundError('x', name='y')), AttributeError('x', name='n', obj=3).name, NameError('q', name='z').name)
se = SyntaxError('msg', ('f.py', 1, 2, 'text', 1, 4))
print(se.msg, se.filename, se.lineno, se.offset, se.text, se.end_lineno, se.end_offset, str(se))
print(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad').reason, str(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')))
print(repr(BaseException.__new__(ValueError)), BaseException.__new__(ValueError, 1, 2).args)


class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


x = E(1, 2)
print(x.args, x.b, str(x), repr(x), x.__reduce__()[0].__name__, x.__reduce__()[1])

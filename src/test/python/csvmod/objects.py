# reader/writer/Dialect objects: read-only attributes, pickling, direct construction; _csv without csv
import _csv, io, pickle, copy
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__module__, type(e).__name__, e)
t(lambda: _csv.Reader())
t(lambda: _csv.Writer())
r = _csv.reader([])
t(lambda: setattr(r, 'line_num', 5))
t(lambda: setattr(r, 'dialect', 5))
t(lambda: setattr(r, 'foo', 5))
t(lambda: pickle.dumps(r))
t(lambda: pickle.dumps(_csv.Dialect()))
t(lambda: copy.copy(_csv.Dialect()).delimiter)
t(lambda: setattr(_csv.Dialect(), 'foo', 1))
class Sub(_csv.Dialect): pass
t(lambda: Sub(delimiter=';').delimiter)
t(lambda: type(Sub()).__name__)
t(lambda: _csv.Dialect() == _csv.Dialect())
w = _csv.writer(io.StringIO())
t(lambda: setattr(w, 'dialect', 1))
print(list(_csv.reader(['a,b'])), _csv.list_dialects())
sub = Sub(quoting=_csv.QUOTE_ALL)
sub.extra = 5
print(sub.extra, sub.quoting, isinstance(sub, _csv.Dialect))
t(lambda: setattr(sub, 'quoting', 0))
print(list(_csv.reader(['a;"b"'], sub, delimiter=';')))


# str subclasses as lines, dialect characters and fields
class S(str):
    pass


print(list(_csv.reader([S('a,"b"\n'), S('c')], delimiter=S(','), quotechar=S('"'), escapechar=S('\\'))))
s = io.StringIO()
print(_csv.writer(s, delimiter=S(';'), lineterminator=S('\n'), quotechar=S("'")).writerow([S('x;y'), 1]), repr(s.getvalue()))

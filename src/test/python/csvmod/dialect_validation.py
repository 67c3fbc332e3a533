# _csv.Dialect parameters, defaults and validation messages
import csv
import _csv


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__module__, type(e).__name__, e)


D = _csv.Dialect
t('empty delim', lambda: D(delimiter=''))
t('long delim', lambda: D(delimiter='ab'))
t('int delim', lambda: D(delimiter=1))
t('none delim', lambda: D(delimiter=None))
t('long quote', lambda: D(quotechar='ab'))
t('int quote', lambda: D(quotechar=1))
t('none quote quoting', lambda: D(quotechar=None).quoting)
t('none quote minimal', lambda: D(quotechar=None, quoting=csv.QUOTE_MINIMAL))
t('none quote all', lambda: D(quotechar=None, quoting=csv.QUOTE_ALL))
t('none quote none', lambda: D(quotechar=None, quoting=csv.QUOTE_NONE).quotechar)
t('empty quote', lambda: D(quotechar=''))
t('long esc', lambda: D(escapechar='ab'))
t('empty esc', lambda: D(escapechar=''))
t('int esc', lambda: D(escapechar=5))
t('int lineterm', lambda: D(lineterminator=5))
t('empty lineterm', lambda: D(lineterminator='').lineterminator)
t('bad quoting', lambda: D(quoting=7))
t('str quoting', lambda: D(quoting='a'))
t('float quoting', lambda: D(quoting=1.0))
t('bool quoting', lambda: D(quoting=True).quoting)
t('unknown kw', lambda: D(foo=1))
t('unknown dialect', lambda: D('nodialect'))
t('truthy flags', lambda: (lambda d: (d.strict, d.doublequote, d.skipinitialspace))(D(strict='x', doublequote=0, skipinitialspace=[1])))
t('order 1', lambda: D(delimiter=1, quotechar=1))
t('order 2', lambda: D(quoting=9, delimiter=''))
t('order 3', lambda: D(quoting=9, lineterminator=1))
t('order 4', lambda: D(quotechar=1, escapechar=1))
t('order 5', lambda: D(quoting=9, quotechar=1))
t('unicode delim', lambda: D(delimiter='\u00e9').delimiter)
t('positional', lambda: D('excel', ';').delimiter)
t('dialect kw', lambda: D(dialect='excel-tab').delimiter)

d = D()
print([(a, getattr(d, a)) for a in ['delimiter', 'quotechar', 'escapechar',
      'doublequote', 'skipinitialspace', 'lineterminator', 'quoting', 'strict']])
t('readonly', lambda: setattr(d, 'delimiter', 'x'))
excel = _csv.get_dialect('excel')
print(D(excel) is excel, D(excel, escapechar=None) is excel)
t('explicit none', lambda: csv.reader([], 'excel', quotechar=None, quoting=3).dialect.quotechar)
t('excel none quote', lambda: csv.reader([], 'excel', quotechar=None))


class FromClass:
    delimiter = ';'
    quoting = csv.QUOTE_ALL


print(D(FromClass).delimiter, D(FromClass).quoting, D(FromClass).quotechar)
print(D(FromClass, delimiter=':').delimiter)
print(csv.excel().delimiter, csv.excel_tab().delimiter, repr(csv.unix_dialect().lineterminator))
print(csv.unix_dialect.quoting, D(csv.excel).lineterminator == '\r\n')
t('csv.Dialect()', lambda: csv.Dialect())


class Bad(csv.Dialect):
    delimiter = ''
    quotechar = '"'
    lineterminator = '\n'
    quoting = 0
    doublequote = True
    skipinitialspace = False


t('bad subclass', lambda: Bad())
t('bad writer', lambda: csv.writer(None.__class__ and __import__('io').StringIO(), Bad))
t('bad reader', lambda: csv.reader(['a'], Bad))
print(Bad._valid, csv.excel._name == '', csv.Dialect._valid)
print(type(d).__name__, type(d).__module__, _csv.Error.__module__, csv.Error is _csv.Error)
print(issubclass(csv.Error, Exception), _csv.__version__)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(sorted(csv.__all__))

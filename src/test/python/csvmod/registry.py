# register_dialect, get_dialect, list_dialects, unregister_dialect, field_size_limit
import csv
import io


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__module__, type(e).__name__, e)


print(sorted(csv.list_dialects()))
csv.register_dialect('semi', delimiter=';')
print(csv.get_dialect('semi').delimiter, sorted(csv.list_dialects()))
t('register returns', lambda: csv.register_dialect('semi2', 'semi', quoting=1))
print(csv.get_dialect('semi2').delimiter, csv.get_dialect('semi2').quoting)
print(csv.reader(['a;b'], 'semi2').dialect.delimiter, list(csv.reader(['a;b'], 'semi')))
t('unregister', lambda: csv.unregister_dialect('semi2'))
t('unregister again', lambda: csv.unregister_dialect('semi2'))
t('get unknown', lambda: csv.get_dialect('zz'))
t('reader unknown', lambda: csv.reader(['a'], 'zz'))
t('writer unknown', lambda: csv.writer(io.StringIO(), 'zz'))
t('bad name', lambda: csv.register_dialect(1))
t('bad params', lambda: csv.register_dialect('bad', delimiter=''))
print('bad' in csv.list_dialects())


class Pipe(csv.excel):
    delimiter = '|'


csv.register_dialect('pipe', Pipe, quoting=csv.QUOTE_ALL)
s = io.StringIO()
csv.writer(s, 'pipe').writerow(['a', 'b'])
print(repr(s.getvalue()))
csv.unregister_dialect('pipe')
csv.unregister_dialect('semi')
print(sorted(csv.list_dialects()))

old = csv.field_size_limit()
print(old, csv.field_size_limit(5), csv.field_size_limit())
t('at limit', lambda: list(csv.reader(['abcde,f'])))
t('over limit', lambda: list(csv.reader(['abcdef,f'])))
t('over limit quoted', lambda: list(csv.reader(['"abcdef",f'])))
t('over limit escaped', lambda: list(csv.reader(['ab\\cdef,f'], escapechar='\\')))
print(csv.field_size_limit(old))
t('limit str', lambda: csv.field_size_limit('a'))
t('limit 2 args', lambda: csv.field_size_limit(1, 2))
t('limit kw', lambda: csv.field_size_limit(limit=5))
print(csv.field_size_limit())
t('limit huge', lambda: csv.field_size_limit(2 ** 70))
t('limit bool', lambda: csv.field_size_limit(True))


class I(int):
    pass


t('limit int subclass', lambda: csv.field_size_limit(I(7)))
t('limit negative', lambda: csv.field_size_limit(-1))
t('negative limit read', lambda: list(csv.reader(['a,,b'])))
t('negative limit empty', lambda: list(csv.reader(['""', ''])))
t('limit restore', lambda: csv.field_size_limit(131072))

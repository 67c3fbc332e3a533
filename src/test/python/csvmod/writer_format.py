# csv.writer: quoting modes, escaping, return values, errors
import csv
import io


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__module__, type(e).__name__, e)


row = ['a', 1, 2.5, None, '', 'x,y', 'q"q', 'n\nl', ' sp', True, 'e\\e', -3]
for q in range(4):
    s = io.StringIO()
    w = csv.writer(s, quoting=q, escapechar='\\')
    print(q, w.writerow(row), repr(s.getvalue()))

s = io.StringIO()
w = csv.writer(s)
t('none', lambda: w.writerow([None]))
t('empty', lambda: w.writerow(['']))
t('no fields', lambda: w.writerow(()))
t('string row', lambda: w.writerow('ab'))
t('generator', lambda: w.writerow(x * 2 for x in 'ab'))
t('writerows', lambda: w.writerows([['a'], ['b', 'c']]))
t('writerows int', lambda: w.writerows(5))
t('writerows bad row', lambda: w.writerows([5]))
t('cr', lambda: w.writerow(['\r']))
t('not iterable', lambda: w.writerow(5))
print(repr(s.getvalue()))

t('no escapechar', lambda: csv.writer(io.StringIO(), doublequote=False).writerow(['a"b']))
s = io.StringIO()
t('escape', lambda: csv.writer(s, doublequote=False, escapechar='\\').writerow(['a"b', 'c\\d', 'e,f']))
print(repr(s.getvalue()))
s = io.StringIO()
w = csv.writer(s, quoting=csv.QUOTE_NONE, escapechar='\\', lineterminator='\n')
t('quote none', lambda: w.writerow(['a"b', 'c\\d', 'e,f', 'g\nh', '\r']))
print(repr(s.getvalue()))
t('none no escape', lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']))
t('none quotechar', lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a"b']))
t('none no quotechar', lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE, quotechar=None).writerow(['a"b']))
t('none empty row', lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([]))
t('none single empty', lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['']))
t('none single empty esc', lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE, escapechar='\\').writerow(['']))
t('nonnumeric None', lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONNUMERIC).writerow([None]))
t('all empty row', lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_ALL).writerow([]))
s = io.StringIO()
csv.writer(s, delimiter='\t', quotechar="'").writerow(["a\tb", "it's", 'x"y'])
print(repr(s.getvalue()))
for lt in ['\n', 'x', '\r\n', '']:
    s = io.StringIO()
    w = csv.writer(s, lineterminator=lt)
    print(repr(lt), w.writerow(['a\rb', 'c\nd', 'exf', 'g h']), repr(s.getvalue()))
s = io.StringIO()
csv.writer(s, skipinitialspace=True).writerow([' a', 'b '])
print(repr(s.getvalue()))


class Boom:
    def __str__(self):
        raise ValueError('bad')


t('str raises', lambda: csv.writer(io.StringIO()).writerow([Boom()]))
t('no write', lambda: csv.writer(5))
t('no args', lambda: csv.writer())


class Counter:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return 'ret:' + str(len(text))


c = Counter()
w = csv.writer(c, lineterminator='|')
print(w.writerow([1, 2]), w.writerows([[3], [4, 5]]), c.parts)
print(type(w).__name__, type(w).__module__, w.dialect.lineterminator)
s = io.StringIO()
csv.writer(s, quoting=csv.QUOTE_NONNUMERIC).writerow([1, 1.5, True, 'a', 2 ** 70, 1j, float('inf')])
print(repr(s.getvalue()))


class MyStr(str):
    def __str__(self):
        return 'never used'


def gen():
    yield 'a'
    raise KeyError('from the row')


s = io.StringIO()
w = csv.writer(s, delimiter='\U0001F600', quotechar='\U0001F601', escapechar='\u00e9')
t('astral', lambda: w.writerow(['x\U0001F600y', 'q\U0001F601', '\u00e9', MyStr('m'), '\U0001F602']))
t('row raises', lambda: w.writerow(gen()))
t('single none', lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_ALL).writerow([None]))
t('single empty nonnumeric', lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONNUMERIC).writerow(['']))
print(repr(s.getvalue()))

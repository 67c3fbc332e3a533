# csv.DictReader / csv.DictWriter: restkey, restval, extrasaction, headers
import csv
import io


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__module__, type(e).__name__, e)


r = csv.DictReader(io.StringIO("a,b\n1,2,3,4\n5\n\n6,7\n"), restkey='R', restval='V')
print(r.line_num)
for row in r:
    print(row, r.line_num)
print(r.fieldnames, r.restkey, r.restval, r.dialect)
r = csv.DictReader(io.StringIO(""))
print(r.fieldnames, list(r))
r = csv.DictReader(io.StringIO("x;y\n1;2\n"), delimiter=';')
print(list(r))
r = csv.DictReader(['1,2,3'], fieldnames=['p', 'q'])
print(list(r))
r = csv.DictReader(['h1,h2', '1,2'])
r.fieldnames = ['A', 'B']
print(list(r))
r = csv.DictReader(['h1,h2', 'a,b'], dialect='excel-tab')
print(r.fieldnames, list(r))
r = csv.DictReader(io.StringIO('k,v\n"multi\nline",2\n'))
print(next(r), r.line_num)

s = io.StringIO()
w = csv.DictWriter(s, ['a', 'b'], restval='Z')
print(w.writeheader())
print(w.writerow({'a': 1}))
print(w.writerows([{'b': 2}, {'a': None, 'b': 'x,y'}]))
t('extra', lambda: w.writerow({'a': 1, 'c': 2}))
t('bad action', lambda: csv.DictWriter(s, ['a'], extrasaction='bad'))
print(csv.DictWriter(s, ['a'], extrasaction='IGNORE').extrasaction)
w2 = csv.DictWriter(s, ['a'], extrasaction='ignore')
print(w2.writerow({'a': 1, 'c': 2}))
t('list row', lambda: csv.DictWriter(s, ['a']).writerow([1]))
print(repr(s.getvalue()))
s = io.StringIO()
w = csv.DictWriter(s, fieldnames=('x', 'y'), quoting=csv.QUOTE_ALL, lineterminator='\n')
w.writeheader()
w.writerow({'y': 1, 'x': 2})
print(repr(s.getvalue()), w.fieldnames, w.restval, w.extrasaction)
print(hasattr(csv.DictReader, '__class_getitem__'))

# reading and writing real files opened with newline=''
import csv
import os
import tempfile

rows = [['id', 'name', 'note'],
        [1, 'Ann', 'likes "quotes"'],
        [2, 'Bob', 'two\nlines'],
        [3, 'Cy, Jr.', ''],
        [4, '', None],
        [5, '\u00e9\u20ac', 'cr\rhere']]
d = tempfile.mkdtemp()
path = os.path.join(d, 'data.csv')
with open(path, 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    for row in rows:
        print(w.writerow(row))
with open(path, 'rb') as f:
    print(f.read())
with open(path, newline='', encoding='utf-8') as f:
    r = csv.reader(f)
    for row in r:
        print(r.line_num, row)

path2 = os.path.join(d, 'dict.csv')
with open(path2, 'w', newline='') as f:
    w = csv.DictWriter(f, fieldnames=['k', 'v'], dialect='unix')
    w.writeheader()
    w.writerows({'k': str(i), 'v': i * i} for i in range(4))
with open(path2, newline='') as f:
    print(repr(f.read()))
with open(path2, newline='') as f:
    for row in csv.DictReader(f, quoting=csv.QUOTE_NONNUMERIC):
        print(row)

path3 = os.path.join(d, 'tab.tsv')
with open(path3, 'w', newline='') as f:
    csv.writer(f, 'excel-tab').writerows([['a b', 'c\td'], ['e', 'f']])
with open(path3, newline='') as f:
    print(list(csv.reader(f, dialect='excel-tab')))
# a file written with universal newlines on read still parses
with open(path, encoding='utf-8') as f:
    print(list(csv.reader(f))[2])
big = os.path.join(d, 'big.csv')
with open(big, 'w', newline='') as f:
    w = csv.writer(f)
    w.writerows([i, 'x' * (i % 7), i / 4] for i in range(2000))
with open(big, newline='') as f:
    r = csv.reader(f)
    total = 0
    for row in r:
        total += int(row[0]) + len(row[1])
    print(total, r.line_num)
for p in (path, path2, path3, big):
    os.remove(p)
os.rmdir(d)

# csv.Sniffer: sniff (quoted and unquoted samples) and has_header
import csv

samples = [
    'a,b,c\n1,2,3\n4,5,6\n',
    'a;b;c\n1;2;3\n4;5;6\n',
    'a\tb\tc\n1\t2\t3\n',
    'name:age\nann:3\nbob:4\n',
    '"a","b","c"\n"1","2","3"\n',
    "'x';'y'\n'1';'2'\n",
    '"a", "b", "c"\n"1", "2", "3"\n',
    'id,"say ""hi""",z\n1,"x",2\n',
    '"only"\n"quoted"\n',
    'a b c\n1 2 3\n',
    'a|b|c\n1|2|3\n4|5|6\n7|8\n',
    'x,y;z\n1,2;3\n4,5;6\n',
    'Harry\'s, Arlington Heights, IL, 2/1/03, Kimi Hayes\n'
    'Shark City, Glendale Heights, IL, 12/28/02, Prezence\n'
    'Tommy\'s Place, Blue Island, IL, 12/28/02, Blue Sunday/White Crow\n',
    '"venue","city","state","date","performers"\n"Harry\'s","Arlington Heights","IL","2/1/03","Kimi Hayes"\n',
    '\n'.join('%d,%d;%d' % (i, i * 2, i * 3) for i in range(30)),
    'abc\ndef\n',
    '',
]
sn = csv.Sniffer()
print(sn.preferred)
for s in samples:
    try:
        d = sn.sniff(s)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote,
              d.skipinitialspace, repr(d.lineterminator), d.quoting,
              d._name, issubclass(d, csv.Dialect))
    except csv.Error as e:
        print('Error', e)
print(repr(sn.sniff('a;b,c\n1;2,3\n', delimiters=';').delimiter))
print(repr(sn.sniff('a;b,c\n1;2,3\n', delimiters=',').delimiter))
try:
    print(repr(sn.sniff('"a";"b"\n', delimiters=',').delimiter))
except csv.Error as e:
    print('Error', e)
d = sn.sniff('"a","b"\n"c","d"\n')
print(list(csv.reader(['"x","y"'], d)))

headers = [
    'name,age\nann,30\nbob,4\n',
    'a,b\n1,2\n3,4\n',
    'title,year\nabc,1999\ndef,2004\n',
    'abc,1999\ndef,2004\nghi,2010\n',
    'x,y\n1.5,2j\n3,4\n',
    'code,n\nAB1,5\nCD2,6\nEF3,7\n',
    'AB1,5\nCD2,6\nEF3,7\n',
]
for s in headers:
    print(sn.has_header(s))
try:
    sn.has_header('abc\ndef')
except csv.Error as e:
    print('Error', e)

# QUOTE_NONNUMERIC: which values count as numbers when writing; float() when reading
import csv
import io


class Idx:
    def __index__(self):
        return 3

    def __str__(self):
        return 'idx'


class Flt:
    def __float__(self):
        return 1.0

    def __str__(self):
        return 'flt'


class S(str):
    def __float__(self):
        return 2.0


class Plain:
    def __str__(self):
        return 'plain'


values = [1, -2.5, True, None, 'x', b'b', 2j, Idx(), Flt(), S('s'), Plain(),
          float('nan'), 10 ** 20, [1], (2,)]
s = io.StringIO()
w = csv.writer(s, quoting=csv.QUOTE_NONNUMERIC)
print(w.writerow(values))
print(s.getvalue())
print(list(csv.reader(['1,"2",3.5e1,  4 ,inf,-nan,1_0'], quoting=csv.QUOTE_NONNUMERIC)))
for bad in ['1,x', '1,""x', '1,2 3', '\\5']:
    try:
        print(list(csv.reader([bad], quoting=csv.QUOTE_NONNUMERIC, escapechar='\\')))
    except ValueError as e:
        print('ValueError', e)

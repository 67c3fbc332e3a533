from datetime import *
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for s, f in [('2020-03-04T05:06:07.123456+01:30', '%Y-%m-%dT%H:%M:%S.%f%z'), ('2020-03-04 05:06:07.5 -0130', '%Y-%m-%d %H:%M:%S.%f %z'),
             ('2020 Z', '%Y %z'), ('2020 +01:30:15.25', '%Y %z'), ('2020 -01:30:15.25', '%Y %z'), ('2020 +0000 UTC', '%Y %z %Z'), ('2020 UTC', '%Y %Z'),
             ('Feb 29', '%b %d'), ('Feb 29 2020', '%b %d %Y'), ('12/31/99 11:59 PM', '%m/%d/%y %I:%M %p'), ('2020 x', '%Y'), ('2020', '%Y %d'),
             ('1', '%f'), ('1234567', '%f'), ('2021-W01-1', '%G-W%V-%u'), ('Thu Jan  1 00:00:00 1970', '%c'), ('2020-13-01', '%Y-%m-%d'), ('5', '%Q')]:
    t(lambda: datetime.strptime(s, f))
t(lambda: datetime.strptime(5, '%Y')); t(lambda: datetime.strptime('5', None))
class MyDT(datetime): pass
t(lambda: MyDT.strptime('2020', '%Y'))

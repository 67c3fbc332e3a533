from datetime import date, datetime, timedelta, MINYEAR, MAXYEAR

# ordinals round-trip over many dates, with weekday and ISO calendar checks
checks = 0
o = 1
while o <= date.max.toordinal():
    d = date.fromordinal(o)
    assert d.toordinal() == o
    iy, iw, iday = d.isocalendar()
    assert date.fromisocalendar(iy, iw, iday) == d, d
    assert d.isoweekday() == iday and d.weekday() == iday - 1
    checks += 1
    o += 997
print("round trips", checks)

for y, m, dd in [(1, 1, 1), (1, 12, 31), (4, 2, 29), (100, 2, 28), (400, 2, 29), (1582, 10, 15), (1900, 3, 1), (1970, 1, 1), (2000, 2, 29),
                 (2004, 12, 31), (2008, 12, 29), (2009, 12, 31), (2010, 1, 3), (2015, 12, 31), (2020, 12, 31), (2021, 1, 1), (2026, 11, 23), (9999, 12, 31)]:
    d = date(y, m, dd)
    print(repr(d), str(d), d.toordinal(), d.weekday(), d.isoweekday(), d.isocalendar(), tuple(d.isocalendar()), d.ctime(), d.timetuple())
    print("  ", d.isocalendar().year, d.isocalendar().week, d.isocalendar().weekday, d.isoformat(), format(d), format(d, "%d/%m/%Y %j %a %U"))

d = date(2020, 2, 29)
print(d + timedelta(1), d - timedelta(days=60), d + timedelta(hours=47), d - timedelta(hours=1), timedelta(365) + d)
print(d - date(2019, 2, 28), date(2019, 2, 28) - d, d - d)
print(d.replace(year=2024), d.replace(month=3, day=1), d.replace())
for bad in [lambda: d.replace(year=2021), lambda: date.max + timedelta(1), lambda: date.min - timedelta(1),
            lambda: date(2020, 2, 30), lambda: date(2020, 0, 1), lambda: date(10000, 1, 1), lambda: date(2020, 1), lambda: date(2020, 4, 31),
            lambda: date.fromordinal(3652060), lambda: date.fromisocalendar(2021, 53, 1), lambda: date.fromisocalendar(2020, 53, 1),
            lambda: date.fromisocalendar(2020, 0, 1), lambda: date.fromisocalendar(10000, 1, 1), lambda: date.fromisocalendar(2020, 1, 0)]:
    try:
        print(repr(bad()))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(date(2020, 1, 1) < date(2020, 1, 2), date(2020, 1, 1) == date(2020, 1, 1), date(2020, 1, 1) != date(2021, 1, 1), date(2020, 5, 5) >= date(2020, 5, 5))
print(hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)), len({date(2020, 1, 1), date(2020, 1, 1), date(2020, 1, 2)}))
print(date.min, date.max, date.resolution, repr(date.min), MINYEAR, MAXYEAR)
print(date(2015, 12, 31).fromisocalendar(2015, 53, 7), date.fromisocalendar(2004, 53, 5), date.fromisocalendar(2020, 1, 1))
print(date.fromordinal(730120), date(1, 1, 1).toordinal(), date(9999, 12, 31).toordinal())
print(date(2002, 12, 4).isoformat(), date(5, 1, 1).isoformat(), repr(date(5, 1, 1)))
print(date(2002, 3, 11).strftime("%d %B %Y (%A) week %W, day %j %% %f|%z|%Z|"))
print(date(2002, 3, 11).strftime(""), date(2002, 3, 11).strftime("%"), repr(date(2002, 3, 11).strftime("%%z")))
class MyDate(date):
    def __new__(cls, y, m, d, tag="t"):
        self = super().__new__(cls, y, m, d)
        self.tag = tag
        return self
md = MyDate(2020, 1, 31)
print(repr(md), md.tag, type(md + timedelta(1)).__name__, type(md.replace(day=1)).__name__, md == date(2020, 1, 31))
print(date.__module__, date.__name__, type(date(2020, 1, 1).isocalendar()).__name__)

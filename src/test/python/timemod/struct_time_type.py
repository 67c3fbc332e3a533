# time.struct_time: a struct sequence of 9 visible fields plus tm_zone and tm_gmtoff
import time

st = time.struct_time((2024, 2, 29, 13, 5, 9, 3, 60, 0))
print(st)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec)
print(st.tm_wday, st.tm_yday, st.tm_isdst, st.tm_zone, st.tm_gmtoff)
print(len(st), st[0], st[-1], st[1:3], tuple(st))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(time._STRUCT_TM_ITEMS)
print(isinstance(st, tuple), type(st).__name__, type(st).__module__)

full = time.struct_time((2024, 2, 29, 13, 5, 9, 3, 60, 0, 'XYZ', 3600))
print(full, full.tm_zone, full.tm_gmtoff)
print(full == st, full == tuple(st))

withdict = time.struct_time((1, 2, 3, 4, 5, 6, 0, 7, -1), {'tm_zone': 'ABC'})
print(withdict.tm_zone, withdict.tm_gmtoff)

g = time.gmtime(86400 * 365)
print(g, g.tm_zone, g.tm_gmtoff)
a, b, c, *rest = g
print(a, b, c, rest)

for bad in [(1, 2, 3), (1,) * 12, 5, None]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print('TypeError:', e)

try:
    st.tm_year = 5
except AttributeError as e:
    print('AttributeError')

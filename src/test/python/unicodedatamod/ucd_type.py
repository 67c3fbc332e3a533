# unicodedata.UCD and ucd_3_2_0: the type, its instance, its attributes and docs.
import unicodedata as u

print(u.UCD, type(u.ucd_3_2_0) is u.UCD, isinstance(u.ucd_3_2_0, u.UCD))
print(u.UCD.__name__, u.UCD.__qualname__, u.UCD.__module__)
print(u.unidata_version, u.ucd_3_2_0.unidata_version, type(u.unidata_version).__name__)
print(sorted(n for n in dir(u.ucd_3_2_0) if not n.startswith('_')))
print(sorted(n for n in dir(u) if not n.startswith('_')))
for make in (lambda: u.UCD(), lambda: u.UCD('3.2.0'), lambda: type(u.ucd_3_2_0)()):
    try:
        make()
    except TypeError as e:
        print('TypeError', e)
try:
    class Sub(u.UCD):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    u.ucd_3_2_0.unidata_version = '1.0'
except AttributeError as e:
    print('AttributeError', e)
try:
    u.ucd_3_2_0.x = 1  # CPython's message names the type 'unicodedata.UCD'
except AttributeError as e:
    print(type(e).__name__)
for fn in ('name', 'lookup', 'normalize', 'is_normalized', 'category', 'numeric', 'decomposition'):
    print(fn, getattr(u, fn).__doc__ == getattr(u.UCD, fn).__doc__)
    print(getattr(u, fn).__doc__)
print(u.__doc__)
print(u.__name__)
f = u.ucd_3_2_0.name
print(f('a'), u.UCD.name(u.ucd_3_2_0, 'b'), callable(f))

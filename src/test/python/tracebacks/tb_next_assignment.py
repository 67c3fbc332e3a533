# A traceback's tb_next can be reassigned (cut or relinked); bad values are refused.
import sys


def inner():
    raise ValueError('deep')


def outer():
    inner()


try:
    outer()
except ValueError:
    tb = sys.exc_info()[2]


def names(t):
    out = []
    while t is not None:
        out.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    return out


print(names(tb))
second = tb.tb_next
second.tb_next = None
print(names(tb))
tb.tb_next = None
print(names(tb))
tb.tb_next = second
print(names(tb))
for bad in (5, 'x'):
    try:
        tb.tb_next = bad
    except TypeError as e:
        print('TypeError', e)
try:
    second.tb_next = tb
except ValueError as e:
    print('ValueError', e)
try:
    tb.tb_next = tb
except ValueError as e:
    print('ValueError', e)
try:
    del tb.tb_next
except TypeError as e:
    print('TypeError', e)
print(names(tb))

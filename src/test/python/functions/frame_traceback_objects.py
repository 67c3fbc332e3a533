# frame objects (f_code, f_lineno, f_back, f_locals, f_globals) and traceback objects (tb_*)
import sys

fr = sys._getframe()
print(fr.f_code.co_name, fr.f_lineno, fr.f_back, fr.f_globals is globals(), fr.f_locals is globals(),
      type(fr.f_builtins).__name__, fr.f_lasti >= 0)


def h():
    z = 5
    f = sys._getframe()
    return sorted(f.f_locals), f.f_back.f_code.co_name, sys._getframe(1).f_code.co_name, f.f_lineno


print(h())
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError", e)
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next, tb.tb_lasti >= 0, tb.tb_frame is sys._getframe())


def deep():
    1 / 0


try:
    deep()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno, tb.tb_lineno)
    print(sys.exc_info()[0].__name__, sys.exc_info()[2] is tb, type(tb).__name__, type(tb.tb_frame).__name__)

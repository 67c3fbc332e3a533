# a user sys.excepthook receives the uncaught exception (exit status stays 1)
import sys


def hook(tp, value, tb):
    print('hook:', tp.__name__, value, tb.tb_lineno, tb.tb_frame.f_code.co_name)


sys.excepthook = hook
print('before')


def fail():
    raise KeyError('boom')


fail()

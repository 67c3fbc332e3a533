# an excepthook that itself fails: CPython reports both errors
import sys


def hook(tp, value, tb):
    raise RuntimeError('hook broke')


sys.excepthook = hook
raise ValueError('original')

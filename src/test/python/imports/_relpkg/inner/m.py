from .. import x
print('inner.m sees', x, __name__, __package__)

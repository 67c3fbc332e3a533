print("_pkg.sub executing, __package__ =", __package__)
SUB_VALUE = "sub value"


def sub_func():
    return "sub_func from " + __name__

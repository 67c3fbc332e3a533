def uses_name():
    return helper()


def helper():
    return "original helper"


print(uses_name())


def helper():
    return "redefined helper"


print(uses_name())
print(uses_name.__globals__ is globals())
print(uses_name.__globals__["helper"]())
namespace = {}
exec_source_free = None
config = {"mode": "a"}


def read_config():
    return config["mode"]


config = {"mode": "b"}
print(read_config())
config["mode"] = "c"
print(read_config())

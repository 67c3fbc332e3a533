print(len("abc"))
len = lambda s: -1
print(len("abc"))
del len
print(len("abc"))


def local_print():
    print = lambda *a: None
    print("never shown")
    return "local print shadowed"


print(local_print())


def param_shadows(str=str):
    return str(5) + "!"


print(param_shadows(), param_shadows(repr))


def shadow_then_restore():
    global abs
    abs = lambda x: "patched"
    result = abs(-1)
    del abs
    return result, abs(-1)


print(shadow_then_restore())
try:
    del len
except NameError as e:
    print(e)
list = [1, 2]
print(list, tuple("ab"))
del list
print(list("ab"))

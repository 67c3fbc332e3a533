x = "global x"
len_backup = len


def outer():
    x = "enclosing x"

    def inner():
        x = "local x"
        return x

    def reads_enclosing():
        return x

    return inner(), reads_enclosing()


print(outer())


def reads_global():
    return x


print(reads_global())


def builtin_lookup():
    return len("four")


print(builtin_lookup())
len = lambda s: "shadowed by global"
print(builtin_lookup())
del len
print(builtin_lookup())


def local_shadows_all():
    len = "local len"
    return len


print(local_shadows_all(), len is len_backup)

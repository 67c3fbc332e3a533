level = "module"


def outer():
    level = "outer local"

    def inner():
        global level
        level = "changed by inner"
        return level

    inner()
    return level


print(outer(), "|", level)


def reader():
    def deeper():
        return level
    return deeper()


print(reader())


def creates_global():
    def inner():
        global created_late
        created_late = [1, 2]
    inner()


try:
    created_late
except NameError as e:
    print(e)
creates_global()
print(created_late)


def global_then_nested_free():
    global level

    def use():
        return level
    level = "rebound via global decl"
    return use()


print(global_then_nested_free())

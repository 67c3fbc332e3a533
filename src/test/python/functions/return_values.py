def nothing():
    pass


def bare():
    return


def single():
    return 1


def pair():
    return 1, 2


def paren_pair():
    return (3, 4)


def list_ret():
    return [5]


print(nothing(), bare(), single(), pair(), paren_pair(), list_ret())
a, b = pair()
print(a + b)


def early(x):
    if x:
        return "early"
    print("not early")


print(early(True))
print(early(False))


def returns_function():
    return returns_function


print(returns_function()()() is returns_function)


def conditional_tuple(flag):
    return ("yes", 1) if flag else ("no", 0)


print(conditional_tuple(True), conditional_tuple(False))

# Name resolution: module NAME ops, function FAST/GLOBAL/DEREF, class NAME/CLASSDEREF.
counter = 0


def outer():
    x = 1
    y = 2

    def middle():
        def inner():
            nonlocal x
            x = y + counter
            return x
        return inner

    class Body:
        z = x
        y = 3
        w = y

        def get(self):
            return y

    return middle, Body


def uses_global():
    global counter
    counter += 1
    return counter


class Module:
    global counter
    counter = 5

def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


for n in (-5, 0, 3, 10, 99):
    print(n, classify(n))
for value in (0, 1, "", "a", [], [0], None, {}, 0.0, -0.0, 0j):
    if value:
        print(repr(value), "truthy")
    else:
        print(repr(value), "falsy")


class Custom:
    def __init__(self, b):
        self.b = b

    def __bool__(self):
        print("__bool__ called")
        return self.b


class Sized:
    def __len__(self):
        return 0


if Custom(True):
    print("custom true")
if not Custom(False):
    print("custom false")
if not Sized():
    print("len zero is falsy")
if object():
    print("plain object truthy")

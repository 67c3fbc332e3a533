class Empty:
    pass


class WithLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("__len__ called")
        return self.n


class WithBool:
    def __init__(self, b):
        self.b = b

    def __bool__(self):
        print("__bool__ called")
        return self.b


class Both:
    def __bool__(self):
        print("Both.__bool__")
        return True

    def __len__(self):
        print("Both.__len__")
        return 0


print(bool(Empty()))
print(bool(WithLen(0)), bool(WithLen(3)))
print(bool(WithBool(False)), bool(WithBool(True)))
print(bool(Both()))
if WithLen(0):
    print("truthy")
else:
    print("falsy")
print(not WithBool(True))
print(WithLen(0) or "alt")


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)


class NegLen:
    def __len__(self):
        return -1


try:
    bool(NegLen())
except ValueError as e:
    print("ValueError", e)
try:
    len(NegLen())
except ValueError as e:
    print("ValueError", e)


class StrLen:
    def __len__(self):
        return "3"


try:
    len(StrLen())
except TypeError as e:
    print("TypeError", e)
try:
    len(5)
except TypeError as e:
    print("TypeError", e)


class BigLen:
    def __len__(self):
        return 2 ** 100


try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError", e)

class D:
    def __divmod__(self, other):
        return ("divmod", other)

    def __rdivmod__(self, other):
        return ("rdivmod", other)


print(divmod(D(), 3))
print(divmod(3, D()))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5))
print(divmod(10 ** 20 + 3, 7))
print(divmod(True, 2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(1j, 1)
except TypeError as e:
    print("TypeError", e)


class NoDivmod:
    def __floordiv__(self, other):
        return 1

    def __mod__(self, other):
        return 2


try:
    divmod(NoDivmod(), 1)
except TypeError as e:
    print("TypeError", e)

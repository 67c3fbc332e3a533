print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, -2 ** 2)
print(2 ** -1, 2 ** -2, (-2) ** -1, 10 ** -3)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(pow(2, 10, 1000), pow(3, 200, 7), pow(-3, 3, 5), pow(3, 3, -5))
print(pow(2, -1, 7), pow(3, -2, 11), pow(38, -1, 97))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
print(pow(5, 0, 1), pow(0, 0, 7))
print(pow(7, 10 ** 20, 13))
print(pow(2, 521, 2 ** 61 - 1))
print(10 ** 20 ** 1 == 10 ** 20, 2 ** 3 ** 2)
print(pow(2, 0.5), pow(4, -0.5), (-8) ** (1 / 3))
print(1 ** 10 ** 10, (-1) ** (10 ** 10 + 1))

pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (0, -5), (6, 3), (-6, 3), (1, 10 ** 30), (-1, 10 ** 30)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
for a, b in [(7, 0), (0, 0), (10 ** 30, 0)]:
    for name, op in [("//", lambda x, y: x // y), ("%", lambda x, y: x % y), ("/", lambda x, y: x / y)]:
        try:
            op(a, b)
        except ZeroDivisionError as e:
            print(name, "ZeroDivisionError", e)
print(10 / 4, 10 / 5, -10 / 4, 1 / 3, 2 ** 70 / 2 ** 69)
print(10 ** 400 // 10 ** 399, 10 ** 30 / 10 ** 29)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError", e)
print(10 ** 400 / 10 ** 399)
print(-(10 ** 400) // 7 == -((10 ** 400 + 6) // 7))

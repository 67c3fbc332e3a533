for v in [0.1, 0.5, 2.5, 1e15, 1e16, 1e17, 2.0 ** 53, 2.0 ** 53 + 1, 1e300]:
    print(repr(v), int(v))
for n in [2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 2 ** 54 + 3, 10 ** 17 + 1, 10 ** 22, 10 ** 23, 2 ** 1023 * 3 // 2]:
    print(n, repr(float(n)))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError", e)
print(float(2 ** 1024 - 2 ** 970 - 1))
print(1 / 10 ** 400 if False else 10 ** 20 / 10 ** 40, (10 ** 30 + 1) / 10 ** 30, (2 ** 53 + 1) / 1)
print(7 / 2, -7 / 2, 2 ** 1000 / 2 ** 999, 1 / 7)

a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, a ** b, -a, +a)
print(abs(a), abs(-1j), abs(complex(3e200, 4e200)))
print(a + 1, 1 + a, a * 2.5, 2 / a, 1j * 1j, 1j ** 2, (1j) ** 0, 0j ** 0)
print(a == 3 + 4j, a != b, (1 + 0j) == 1, 1j == 1j + 0, hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5))
print(hash(1j), hash(1 + 1j))
for expr in ["a / 0", "a / 0j", "0j ** -1", "a // 2", "a % 2", "divmod(a, 2)"]:
    try:
        eval(expr)
    except (ZeroDivisionError, TypeError) as e:
        print(expr, type(e).__name__, e)
try:
    a < b
except TypeError as e:
    print("TypeError", e)
try:
    int(a)
except TypeError as e:
    print("TypeError", e)
try:
    float(a)
except TypeError as e:
    print("TypeError", e)
print(pow(2j, 3), pow(1 + 1j, 10), (1 + 1j) ** -1, (2 + 0j) ** 100)
print(round(abs(1 + 1j), 6), bool(0j), bool(1j), bool(complex(0, -0.0)))

inf = float("inf")
nan = float("nan")
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 % -2, 5.0 % 5, -5.0 % 5, -0.0 % 5)
print(1e-300 * 1e-300, 1e308 + 1e308, -1e308 * 10)
print(inf + 1, inf - inf, inf * -1, inf / inf, 1 / inf, -1 / inf, inf // 1, inf % 2, 5 % inf, -5 % inf)
print(nan + 1, nan == nan, nan != nan, nan < nan, nan is nan, [nan] == [nan])
print(0.0 == -0.0, str(-0.0 + 0.0), str(-0.0 - 0.0), str(0.0 * -1), str(-0.0 * -0.0))
for expr in ["1.0 / 0", "1.0 // 0", "1.0 % 0", "0.0 / 0.0", "divmod(2.0, 0.0)"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "ZeroDivisionError", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError", e)
try:
    (-8.0) ** 0.5 + 0
    print("complex result:", (-8.0) ** 0.5)
except ValueError as e:
    print("ValueError", e)
print(0.0 ** 0, 0.0 ** 0.5, inf ** 0, nan ** 0, 1 ** nan, (-1) ** inf, 2 ** -inf, 0.5 ** inf)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(3 * 0.1, 0.1 * 3, 1.1 * 1.1, 1 - 0.9, 100 * 1.1)
print(2 ** 0.5 * 2 ** 0.5, 1e16 + 1, 1e16 + 2, 9007199254740992.0 + 1.0)

print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5), round(0.4999999999999999))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(2.5, 0), round(-2.5, 0))
print(round(1234.5678, 1), round(1234.5678, -1), round(1234.5678, -2), round(1234.5678, -5), round(5e15 + 0.5))
print(round(1e300, -300), round(1.23456789e-10, 12), round(123.456, 20), round(-0.0), round(-0.0, 1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(float("inf"), 2), round(float("nan"), 2), round(-float("inf"), -2))
for v in [float("inf"), float("nan")]:
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print("TypeError", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError", e)
print(round(1e20), round(1.5e20), round(123456789.987654321, 3))

for v in [1.0, 1.5, -2.0, 0.0, -0.0, 1e300, 0.1, float("inf"), float("nan")]:
    print(repr(v), v.is_integer())
for v in [0.5, 0.1, -1.25, 3.0, 0.0, 1e-3, 2.0 ** 70]:
    print(repr(v), v.as_integer_ratio())
for v in [float("inf"), float("nan")]:
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
x = 2.5
print(x.real, x.imag, x.conjugate(), type(x.imag).__name__)
print((3.7).__trunc__(), (-3.7).__trunc__(), (3.7).__floor__(), (-3.7).__ceil__(), (2.5).__round__(), (2.567).__round__(2))
print(float.__add__(1.0, 2), (1.5).__mul__(2), (1.5).__rtruediv__(3), (1.0).__add__("x"))
print(int(2.999999), int(-2.999999), int(1e15 + 0.5))

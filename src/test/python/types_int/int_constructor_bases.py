print(int(), int(5), int(-5.9), int(5.9), int(True), int("  42  "), int("-0"), int("+17"))
print(int("1_000_000"), int("0x_ff", 16) if False else int("ff", 16))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("Z", 36), int("10", 2), int("777", 8), int("12", 3))
print(int("0", 0), int("00", 0), int("1_0", 0))
print(int("٣"), int("１２"))
for args in [("x",), ("",), ("1.5",), ("12", 2), ("0x1g", 16), ("10", 1), ("10", 37), ("012", 0),
             ("1__0",), ("_1",), ("1_",), (" ",), ("0b", 0), ("--1",)]:
    try:
        int(*args)
    except ValueError as e:
        print("ValueError", e)
for bad in [None, [1], 1j]:
    try:
        int(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError", e)
for f in [float("inf"), float("-inf")]:
    try:
        int(f)
    except OverflowError as e:
        print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(int(1e20), int(-1e20), int(1.5e300) == 15 * 10 ** 299)
print(int(b"42"), int(bytearray(b"-7")), int("  \t\n12\n"))


class WithInt:
    def __int__(self):
        return 9


class WithIndex:
    def __index__(self):
        return 10


print(int(WithInt()), int(WithIndex()))
print(int(x=5) if False else int("101", base=2))

n = 1234567
print(str(n), repr(n), format(n), format(n, ","), format(n, "_"), format(-n, "+,"))
print(format(n, "x"), format(n, "X"), format(n, "#x"), format(n, "o"), format(n, "#o"), format(n, "b"), format(n, "#b"))
print(format(255, "_x"), format(255, "_b"), format(2 ** 20, "_b"))
print(format(42, "10"), format(42, "<10") + "|", format(42, "^10") + "|", format(42, "*>10"), format(-42, "010"), format(-42, "=10"))
print(format(42, "+"), format(42, " "), format(-42, " "), format(42, "-"))
print(format(42, "c"), format(0x1F600, "c"), format(42, "d"), format(True, "d"), format(True))
print(format(42, "e"), format(42, "f"), format(42, ".2f"), format(42, "%"), format(42, "g"), format(10 ** 20, "g"))
print(format(1234567, "n"), format(-0, "d"), format(0, "#x"), format(-255, "#X"))
print(format(12345678901234567890, ","), format(-12345678901234567890, "_x"))
print("%d %i %5d|%-5d|%05d %x %X %o %#x %#o %+d % d" % (42, 42, 42, 42, 42, 255, 255, 8, 255, 8, 5, 5))
print("%c%c" % (72, "i"), "%s %r" % (10, 10), "%.3d" % 7, "%e" % 12345)
for spec in ["s", ".2", ",x"]:
    try:
        format(5, spec)
    except ValueError as e:
        print("ValueError", e)
try:
    format(-1, "c")
except OverflowError as e:
    print("OverflowError", e)
print(f"{n:>12,}|{n:<12_}|{n:=+12}|{n:#012x}")

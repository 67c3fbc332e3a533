x = 1234.5678
print(format(x, ".2f"), format(x, "10.3f") + "|", format(x, "<10.1f") + "|", format(x, "^12.2f") + "|", format(x, "010.2f"))
print(format(x, "e"), format(x, ".3e"), format(x, "E"), format(x, "g"), format(x, ".3g"), format(x, ".10g"), format(x, "G"))
print(format(x, ","), format(x, ",.2f"), format(x, "_.3f"), format(x, "+.1f"), format(-x, " .1f"), format(x, " .1f"))
print(format(0.5, "%"), format(0.12345, ".1%"), format(1.0, ".0%"))
print(format(1e-10, "g"), format(1e16, "g"), format(1e-5, "g"), format(123456789.0, "g"), format(0.0001, "g"), format(1e15, ".16g"))
print(format(1.0, ""), format(1e16, ""), format(0.1, ".1"), format(1234.5, ".2"), format(1e-7, ""), format(12.0, "#g"), format(12.0, "#.0f"), format(1.5, ".0f"), format(2.5, ".0f"))
print(format(float("inf"), "f"), format(float("-inf"), "E"), format(float("nan"), "10.2f") + "|", format(float("nan"), "F"), format(float("inf"), "010"))
print(format(-0.0, ".1f"), format(-0.0, "z.1f") if False else "", format(-0.0001, ".2f"), format(0.0, "e"))
print(format(3.0, "n"), format(1e100, ".3"), format(123.0, "=+10.1f"), format(1.5, "*^9.2f"))
print("%f %.2f %10.3f|%-10.2f|%e %.2E %g %G %%" % (x, x, x, x, x, x, 1e-10, 1e20))
print("%.0f %.0f %.0f %#.0f %+.3f % .3f %010.3f" % (0.5, 1.5, 2.5, 3.0, 1.0, 1.0, -3.14159))
print("%s %r %d %i %x" % (1.5, 1.5, 2.9, -2.9, 255) if False else "%s %r %d %i" % (1.5, 1.5, 2.9, -2.9))
for spec in ["d", "x", "c", ",,"]:
    try:
        format(1.5, spec)
    except ValueError as e:
        print("ValueError", e)
print(f"{x:.{2}f} {x:{12}.{3}e} {x!r:>20}")

z = 1.23456 - 7.891j
print(format(z), format(z, ".2f"), format(z, "e"), format(z, ".3g"), format(z, "^30.2f") + "|", format(z, "+.1f"))
print(format(1j, ""), format(1 + 0j, ""), format(1j, "g"), format(-0j, ".1f"), format(3 + 4j, "10") + "|")
print(f"{z:.1f} {z!r} {z!s}", "%s %r" % (z, z))
try:
    format(z, "d")
except ValueError as e:
    print("ValueError", e)
try:
    format(z, "010")
except ValueError as e:
    print("ValueError", e)
try:
    "%f" % z
except TypeError as e:
    print("TypeError", e)

values = [0, 7, -7, 255, 2 ** 40]
for v in values:
    print(v, bin(v), oct(v), hex(v), int(bin(v), 2), int(oct(v), 8), int(hex(v), 16), int(bin(v), 0), format(v, "b"), format(v, "o"))
print(int("-0b101", 0), int("-0x1F", 16), int("  0o17 ", 0), float(int("10")), int(float("1e3")), complex(int("2"), float("3")))
print(round(float(hex(255), ) if False else float.fromhex(hex(255))), hex(int(3.99)), oct(True), bin(False))

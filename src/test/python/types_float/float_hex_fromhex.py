for v in [0.0, -0.0, 1.0, 0.1, 0.5, 3.0, -2.75, 1e-320, 5e-324, 1.7976931348623157e308, 1 / 3, 2.0 ** -1074, 123.456]:
    h = v.hex()
    print(repr(v), h, float.fromhex(h) == v)
print(float("inf").hex(), float("-inf").hex(), float("nan").hex())
for s in ["0x1p0", "0x1.8p1", "-0X1.fP-2", "0x.8", "0x1", "  0xap-2  ", "1p4", "0x1.000000000000001p0", "inf", "-nan", "0x1p-1075", "0x1p-1074", "0x1.fffffffffffffp1023"]:
    print(s, repr(float.fromhex(s)))
for s in ["0x1p1024", "0x2p1023"]:
    try:
        float.fromhex(s)
    except OverflowError as e:
        print("OverflowError", e)
for s in ["", "0x", "0xg", "0x1q"]:
    try:
        float.fromhex(s)
    except ValueError as e:
        print("ValueError", e)

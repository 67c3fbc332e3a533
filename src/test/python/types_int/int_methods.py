for n in [0, 1, -1, 255, 256, -256, 2 ** 100, -(2 ** 100) + 1]:
    print(n, n.bit_length(), n.bit_count(), bin(n), hex(n), oct(n))
print((10).numerator, (10).denominator, (10).real, (10).imag)
print((7).conjugate(), (-7).as_integer_ratio())
print((5).__index__(), int.__add__(2, 3), (3).__mul__(4), (3).__rsub__(10))
print((3).__add__(1.5))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big", signed=False))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print((0).to_bytes(0, "big"), (255).to_bytes(1, "big"), (2 ** 64).to_bytes(9, "big"))
print((5).to_bytes(), int.from_bytes(b"\x07"))
for args, kw in [((1, "big"), {}), ((1, "middle"), {}), ((1, "big"), {"signed": False})]:
    try:
        (-1 if kw else 256).to_bytes(*args, **kw)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    (128).to_bytes(1, "big", signed=True)
except OverflowError as e:
    print("OverflowError", e)
print((127).to_bytes(1, "big", signed=True), (-128).to_bytes(1, "big", signed=True))
print(int.from_bytes((-12345).to_bytes(8, "little", signed=True), "little", signed=True))

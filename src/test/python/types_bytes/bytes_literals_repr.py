print(b"abc", b"", b"\x00\x01\x7f\x80\xff", b"tab\there\nnl\r", b"quote'", b'dq"', b"both'\"", b"\\")
print(rb"\n\x00", b"\101\102", bytes(3), bytes([65, 66, 200]), bytes(range(5)), bytes("héllo", "utf-8"), bytes(b"copy"), bytes(bytearray(b"ba")))
print(bytearray(b"abc"), bytearray(), bytearray(2), bytearray([1, 2, 255]), bytearray("é", "latin-1"), repr(bytearray(b"x'y")))
print(len(b"abc"), b"abc"[0], b"abc"[-1], b"abc"[1:], b"abc"[::-1], type(b"abc"[0]).__name__, list(b"hi"), b"abc" == bytearray(b"abc"))
for args in [([256],), ([-1],), (["a"],), ("text",), (-1,), (1.5,), ("x", "no-codec")]:
    try:
        bytes(*args)
    except (ValueError, TypeError, LookupError) as e:
        print(type(e).__name__, e)
try:
    b"abc"[5]
except IndexError as e:
    print("IndexError", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError", e)
print(bytes.fromhex("de ad be ef"), bytes.fromhex(""), bytearray.fromhex("0a0B"), b"\xde\xad".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2), bytearray(b"\x01").hex())
try:
    bytes.fromhex("abc")
except ValueError as e:
    print("ValueError", e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError", e)
print(str(b"abc"), str(bytearray(b"q")), b"%s" % b"x" if True else None)

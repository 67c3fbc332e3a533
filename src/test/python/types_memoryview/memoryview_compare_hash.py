# ==, hash and toreadonly: views compare by shape and item values, per format.
a = memoryview(b"abc")
print(a == b"abc", b"abc" == a, a == bytearray(b"abc"), bytearray(b"abc") == a, a == memoryview(b"abc"))
print(a != b"abd", a == b"ab", a == "abc", a == [97, 98, 99], a[::2] == b"ac", a[::-1] == b"cba")
h = memoryview(b"\x01\x00").cast("H")
print(h == b"\x01\x00", b"\x01\x00" == h, bytearray(b"\x01\x00") == h, h == memoryview(b"\x01\x00").cast("h"))
print(h == memoryview(b"\x01").cast("B"), memoryview(b"\xff").cast("b") == memoryview(b"\xff"))
print(memoryview(b"ab") == memoryview(b"ab").cast("c"), memoryview(b"ab").cast("c") == memoryview(b"ab").cast("c"))
print(memoryview(b"\x02").cast("?") == memoryview(b"\x01").cast("?"), memoryview(b"\x01").cast("?") == memoryview(b"\x01"))
one_f = memoryview(b"\x00\x00\x80?").cast("f")
one_d = memoryview(b"\x00\x00\x00\x00\x00\x00\xf0?").cast("d")
nan = memoryview(b"\x00\x00\xc0\x7f").cast("f")
print(one_f == one_d, nan == nan, nan.tolist())
print(memoryview(b"abcd").cast("B", (2, 2)) == memoryview(b"abcd"), memoryview(b"") == b"")
for op in ["<", "<=", ">", ">="]:
    for left, right in [(a, a), (b"a", a), (a, b"a")]:
        try:
            eval("left " + op + " right")
        except TypeError as e:
            print("TypeError", e)
print(bytearray(b"a") < memoryview(b"b"), bytearray(b"c") >= memoryview(b"b"))
print(hash(a) == hash(b"abc"), hash(a[::2]) == hash(b"ac"), hash(memoryview(b"abc").cast("c")) == hash(b"abc"))
print({a: 1}[memoryview(b"abc")], {b"abc": 2}[a])
for label, view in [("writable", memoryview(bytearray(b"x"))), ("readonly bytearray", memoryview(bytearray(b"x")).toreadonly()),
                    ("format H", memoryview(b"ab").cast("H"))]:
    try:
        hash(view)
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
ba = bytearray(b"ro")
ro = memoryview(ba).toreadonly()
print(ro.readonly, ro.obj is ba, ro.tolist(), ro.toreadonly().readonly, memoryview(ro).readonly)
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError", e)
ba[0] = ord("R")
print(ro.tobytes())
hashed = memoryview(b"keep")
hash(hashed)
hashed.release()
print(hash(hashed) == hash(b"keep"))

a = b"abc"
print(a + b"def", a * 3, 2 * a, a * 0, a + bytearray(b"!"), bytearray(b"!") + a, type(bytearray(b"!") + a).__name__)
print(a == b"abc", a < b"abd", a < b"ab", b"\xff" > b"a", 97 in a, b"bc" in a, b"" in a, 300 in a if False else "")
try:
    a + "s"
except TypeError as e:
    print("TypeError", e)
try:
    "s" + a
except TypeError as e:
    print("TypeError", e)
try:
    a < "abc"
except TypeError as e:
    print("TypeError", e)
try:
    "a" in a
except TypeError as e:
    print("TypeError", e)
try:
    256 in a
except ValueError as e:
    print("ValueError", e)
print(a == "abc", hash(b"") == hash(b""), {b"k": 1}[b"k"])
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError", e)
print(b"%d %s %r %x %c %5b|" % (5, b"bs", b"r", 255, 65, b"pad"), b"%(k)s" % {b"k": b"v"}, b"%a" % "é")
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError", e)

raw = b"  line one\r\nline two\n\nline three  "
print(raw.split(b"\n"), raw.splitlines(), raw.splitlines(True), raw.strip().split(maxsplit=2))
print(b"a:b::c".split(b":"), b"a:b::c".rsplit(b":", 2), b"".split(b":"), b"".split(), b"::".split(b":"))
print(b"x".join([b"1", b"2", b"3"]), bytearray(b", ").join([b"a", bytearray(b"b")]), type(bytearray(b",").join([])).__name__)
print(b"%-5s|%5s|" % (b"ab", b"cd"), b"abc".center(9, b"."), b"Hello".swapcase(), b"hello world".title())
print(b"abc".startswith(b""), b"abc".endswith(b"c", 0, 3), b"aaa".count(b"a", 1), b"abcabc".rindex(b"b"), b"abcabc".index(b"c", 3))
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError", e)
print(bytes(b"abc").isupper(), b"ABC1".isupper(), b"   ".isspace(), b"".isspace(), b"Hello World".istitle())

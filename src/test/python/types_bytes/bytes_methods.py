b = b"Hello, World! hello"
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize(), b"\xe9ab".upper())
print(b.find(b"llo"), b.rfind(b"llo"), b.find(b"x"), b.index(b"W"), b.count(b"l"), b.count(b"l", 5), b.find(108), b.count(ord("o")))
print(b.startswith(b"Hell"), b.endswith((b"x", b"llo")), b.split(b", "), b.split(), b"a,b,,c".split(b",", 1), b"a b c".rsplit(None, 1))
print(b.replace(b"l", b"L"), b.replace(b"l", b"L", 2), b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"--a".lstrip(b"-"), b"a--".rstrip(b"-"))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b"key=val".partition(b"="), b"a=b=c".rpartition(b"="))
print(b"hi".center(6, b"*"), b"hi".ljust(4), b"hi".rjust(4, b"0"), b"42".zfill(5), b"a\tb".expandtabs(4), b"a\nb\r\nc".splitlines())
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b"  ".isspace(), b"ABC".isupper(), b"abc".islower(), b"Ab Cd".istitle(), b"\x80".isascii(), b"".isalpha())
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"\xff".decode("utf-8", "ignore"), b"\xff".decode("ascii", "backslashreplace"))
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(b"prefix-x".removeprefix(b"prefix-"), b"x.txt".removesuffix(b".txt"), b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abcabc".translate(None, b"b"))
try:
    b.find("str")
except TypeError as e:
    print("TypeError", e)
try:
    b.split("x")
except TypeError as e:
    print("TypeError", e)
try:
    b"-".join([b"a", "b"])
except TypeError as e:
    print("TypeError", e)

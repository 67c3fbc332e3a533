s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abcHELLOcba".strip("abc")), repr("hello".strip("")))
print(repr("\u3000wide\u3000".strip()), repr("\x1c\x1dsep\x1e\x1f".strip()), repr("www.example.com".lstrip("w.")), repr("file.txt.bak".rstrip(".bak")))
print(repr("hi".center(7)), repr("hi".center(8, "*")), repr("hi".center(1)), repr("abc".center(6, "-")), repr("abc".center(4)))
print(repr("hi".ljust(5)), repr("hi".rjust(5, "0")), repr("hi".ljust(1)), repr("42".zfill(5)), repr("-42".zfill(6)), repr("+7".zfill(4)), repr("abc".zfill(6)), repr("".zfill(3)), repr("-".zfill(3)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("12345\t6".expandtabs(4)), repr("x\ty\nab\tc".expandtabs(3)), repr("\t".expandtabs(0)))
print(repr("prefix_body".removeprefix("prefix_")), repr("body_suffix".removesuffix("_suffix")), repr("abc".removeprefix("x")), repr("abc".removesuffix("")))

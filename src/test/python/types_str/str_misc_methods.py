s = "Hello"
print(s * 3, 3 * s, s * 0, s * -2, s + " " + s, "".join(reversed(s)), s[1:-1])
print(s.encode(), "é".encode("latin-1"), "é".encode("utf-8"), "日".encode("utf-16"), "x".encode("ascii"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
print("é日".encode("ascii", "replace"), "é日".encode("ascii", "ignore"), "é日".encode("ascii", "xmlcharrefreplace"), "é日".encode("ascii", "backslashreplace"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError", e)
print(str(), str(1), str(1.5), str([1, "a"]), str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"), str(b"abc", encoding="ascii"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    str(1, "utf-8")
except TypeError as e:
    print("TypeError", e)
print("abc" < "abd", "abc" < "ab", "B" < "a", "é" < "f", "a" * 3 == "aaa", "abc".__len__(), "abc".__contains__("b"))
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError", e)
try:
    "abc".foo()
except AttributeError as e:
    print("AttributeError", e)
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there\nnl\\ \x00 \x7f \u200b é 😀"))
print(ascii("é😀\n"), ascii("plain"), repr("\r\x1b"))
print(str.__name__, type("").__name__, isinstance("", str), "a".__class__ is str)
print(hash("abc") == hash("ab" + "c"))

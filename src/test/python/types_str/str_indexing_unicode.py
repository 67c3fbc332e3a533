s = "héllo, wörld! 日本語 😀 ok"
print(len(s), s[1], s[8], s[14], s[18], s[-1], s[-4], s[14:17], s[::-1])
print([c for c in "a😀b"], len("😀"), len("e\u0301"), "e\u0301"[0], repr("e\u0301"[1]))
print(ord("é"), ord("日"), ord("😀"), chr(233), chr(0x65E5), chr(0x1F600), chr(0), repr(chr(0x10FFFF)))
print("😀" > "日", sorted("b😀aé日"), max("hello"), min("hello"))
for i in [100, -100]:
    try:
        s[i]
    except IndexError as e:
        print("IndexError", e)
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
print(list(enumerate("añb")), list(reversed("añb")))
print("\N{GREEK SMALL LETTER ALPHA}\N{BLACK STAR}", "\u00e9" == "é", "\U0001F600" == "😀", "\x41\101")
print(s.encode("utf-8")[:10], len(s.encode("utf-8")), len(s.encode("utf-16-le")), len(s.encode("utf-32-le")))

print("ab" * 3, "-" * 10, "" * 100, "x" * 0, "x" * -1, len("abc" * 1000))
print("\t|\n|\\|\'|\"|\a|\b|\f|\v|\0|".encode(), "\x41\u0042\U00000043\101")
print(r"raw\n\t", len(r"\n"), len("\n"), "\N{LATIN SMALL LETTER E WITH ACUTE}", "\u00e9" == "\N{LATIN SMALL LETTER E WITH ACUTE}")
s = "caf\u00e9 na\u00efve \u0041\u030a"
print(s, len(s), [hex(ord(c)) for c in s[-2:]], s.upper(), s.encode("utf-8"))
print("Straße".lower(), "Straße".upper(), "Straße".casefold(), len("Straße".upper()))
print(ascii(s), repr(s), str(s.encode("utf-8"), "utf-8") == s)
print("😀" * 3, len("😀" * 3), ("😀" * 3).encode("utf-16-le")[:4], "😀".isprintable(), "\u200b".isprintable())

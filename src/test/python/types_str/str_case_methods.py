words = ["hello world", "HELLO", "Hello World", "hELLO wORLD", "ß straße", "ǅungla", "i̇stanbul", "123abc", "o'neil mc-donald", "", "ﬁne", "ΣΑΣ σας", "ǈ"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase(), w.casefold())
for w in words + ["Title Case", "UPPER", "lower", "Mixed Case", "123", "A1", "ǅ"]:
    print(repr(w), w.isupper(), w.islower(), w.istitle())
print("straße".casefold() == "STRASSE".casefold(), "ß".upper(), len("ß".upper()))

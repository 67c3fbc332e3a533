print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "a b  c\td\n".split(), "  lead trail  ".split(" "))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"), "x".split("x", 0), "a b c".split(None, 1), "a b c ".rsplit(None, 1))
print("1<>2<>3".split("<>"), "a\nb\r\nc\rd".splitlines(), "a\nb\n".splitlines(keepends=True), "".splitlines(), "x\x0by\x0cz\x1cw\u2028v".splitlines())
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "/".join(("one",)), "+".join(str(i) for i in range(5)))
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
try:
    "-".join(5)
except TypeError as e:
    print("TypeError", e)
print("key=value=more".partition("="), "key=value=more".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
try:
    "a".partition("")
except ValueError as e:
    print("ValueError", e)
print("a1b2c3".split("2"), "aaa".split("a"), "abcabc".split("b", -1), "  a  b  ".split(maxsplit=1))

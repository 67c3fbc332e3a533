print(repr(str(42)), repr(str(-0.0)), repr(str(True)), repr(str(None)), repr(str(3 + 4j)), repr(str((1,))), repr(str({"a": [1.5]})))
print(int("42") + 1, float("2.5") * 2, list("abc"), str(123)[::-1], str(10 ** 30))
print(chr(65), ord("A"), chr(0x1F40D), ord("\U0001F40D"), hex(ord("€")))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError", e)


class S:
    def __str__(self):
        return "custom"


class SubStr(str):
    pass


print(str(S()), str(SubStr("sub")), type(str(SubStr("sub"))).__name__, SubStr("x") + "y", type(SubStr("x") + "y").__name__)
print(str("already") is not None, "abc".__str__(), repr(SubStr("r")))

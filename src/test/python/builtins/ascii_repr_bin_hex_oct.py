print(ascii("abc"), ascii("é"), ascii("日本"), ascii("😀"), ascii(["é", 1]), ascii(b"\xff"), ascii("\n\t"), ascii(1.5))
print(repr("abc"), repr(1), repr(1.0), repr([1, "a"]), repr(None), repr(repr), repr(len) == "<built-in function len>")
print(bin(0), bin(5), bin(-5), hex(0), hex(255), hex(-255), oct(0), oct(8), oct(-8), bin(2 ** 70), hex(2 ** 70))
for f in [bin, hex, oct]:
    try:
        f(1.0)
    except TypeError as e:
        print("TypeError", e)


class I:
    def __index__(self):
        return 42


print(bin(I()), hex(I()), oct(I()))


class A:
    def __repr__(self):
        return "Ä-repr"


print(ascii(A()), repr(A()))

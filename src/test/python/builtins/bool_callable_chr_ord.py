print(bool(), bool(0), bool(1), bool([]), bool([0]), bool(""), bool(" "), bool(None), bool(0.0), bool(float("nan")), bool(object()))
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError", e)
print(callable(len), callable(lambda: 0), callable(int), callable(1), callable("s"), callable(print), callable(callable), callable([].append))


class C:
    def __call__(self):
        pass


print(callable(C), callable(C()), callable(object()))
print(chr(97), chr(8364), chr(128013), ord("a"), ord("€"), ord("\U0001F40D"), ord(b"a"), ord(bytearray(b"b")))
for f, arg in [(chr, -1), (chr, 1114112), (chr, 2 ** 70), (ord, "ab"), (ord, ""), (ord, 5), (chr, 1.5)]:
    try:
        f(arg)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

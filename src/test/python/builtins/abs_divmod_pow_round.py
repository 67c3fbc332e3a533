print(abs(-3), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-(10 ** 30)))
try:
    abs("x")
except TypeError as e:
    print("TypeError", e)
print(divmod(17, 5), divmod(-17, 5), divmod(17.0, 5), divmod(2 ** 70, 3))
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(3, 4, 5), pow(-2, 3), pow(base=2, exp=5), pow(2, 5, mod=3))
try:
    pow(2, 3.0, 4)
except TypeError as e:
    print("TypeError", e)
print(round(3.14159, 2), round(2.5), round(-3.5), round(7), round(1234, -2), round(0.125, 2), round(1e-20, 25))


class R:
    def __round__(self, n=None):
        return "rounded(%r)" % (n,)

    def __abs__(self):
        return "absolute"


print(round(R()), round(R(), 3), abs(R()))

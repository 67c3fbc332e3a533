print(format(1234.5678, ".2f"), format(42, "08b"), format("x", "^5"), format(0.25, "%"), format(10 ** 6, ","), format([1, 2]), format(None))
print(format(3), format("s"), format(1.0), repr(format("", "")), format(2 + 3j, ".1f"))


class F:
    def __format__(self, spec):
        return "F<" + spec + ">"


print(format(F(), "abc"), format(F()), "{:xy}".format(F()))


class BadF:
    def __format__(self, spec):
        return 123


try:
    format(BadF())
except TypeError as e:
    print("TypeError", e)
try:
    format(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError", e)

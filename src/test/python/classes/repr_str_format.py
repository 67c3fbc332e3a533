class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return "Money(%d)" % self.cents

    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "cents":
            return "%d cents" % self.cents
        return format(self.cents / 100, spec)


m = Money(12345)
print(m)
print(repr(m))
print(str(m))
print([m])
print(f"{m}|{m!r}|{m!s}|{m:cents}|{m:>10.1f}")
print("{0} {0!r} {0:cents}".format(m))
print(format(m, "cents"))
print("%s %r" % (m, m))


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


print(str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr()))


class OnlyStr:
    def __str__(self):
        return "only-str"


s = OnlyStr()
print(s, repr(s).startswith("<__main__.OnlyStr object"))
try:
    format(s, "10")
except TypeError as e:
    print("TypeError", e)


class BadRepr:
    def __repr__(self):
        return 5


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)


class BadStr:
    def __str__(self):
        return None


try:
    str(BadStr())
except TypeError as e:
    print("TypeError", e)

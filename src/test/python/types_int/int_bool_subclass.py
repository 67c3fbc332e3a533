class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)


a = MyInt(5)
print(a, repr(a), str(a), a + 1, type(a + 1).__name__, type(-a).__name__, type(abs(a)).__name__)
print(type(+a).__name__, type(a * 1).__name__, type(int(a)).__name__)
print(isinstance(a, int), a == 5, hash(a) == hash(5), {a: 1}[5])
print(format(a, "03d"), "%d" % a, f"{a}")
print(a.bit_length(), a.to_bytes(1, "big"), a.real, type(a.real).__name__)


class Flag(int):
    pass


f = Flag(3)
f.label = "x"
print(f.label, f + f, sorted([Flag(2), 1, Flag(0)]))
print(True + True, True * 10, -True, True / 2, True // 2, True % 2, True ** 10)
print(int(True), str(True), repr(False), type(True + 0).__name__)
print(sum([True, True, False, True]))
print(bool(0), bool(-1), bool(2 ** 100), bool(0.0), bool(-0.0))

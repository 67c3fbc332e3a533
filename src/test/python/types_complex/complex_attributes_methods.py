z = complex(3, -4)
print(z.real, z.imag, z.conjugate(), abs(z), type(z.real).__name__, z.__class__.__name__)
print(complex.__add__(z, 1), z.__mul__(1j), z.__rsub__(10), z.__eq__(3 - 4j), z.__eq__("x"), z.__ne__(0))
print((1 + 2j) == complex(1, 2), 1 + 2j != 1 + 2.0000001j, (0.1 + 0.2j) * 10)


class MyComplex(complex):
    def __repr__(self):
        return "MyComplex" + super().__repr__()


m = MyComplex(1, 1)
print(m, m + 1, type(m + 1).__name__, type(-m).__name__, m.real)
try:
    z.real = 5
except AttributeError as e:
    print("AttributeError", e)
print(hash(complex(1, 0)) == hash(1), hash(0j) == 0, [complex(x, -x) for x in range(3)])
print(sum([1j, 2j, 3]), complex(1, 2) ** 2, (1j) ** 3, (2j) ** 0.5)

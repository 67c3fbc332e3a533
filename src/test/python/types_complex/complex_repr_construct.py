values = [1j, 2 + 3j, -1j, 0j, -0j, complex(0, -0.0), complex(-0.0, 0), 1.5 - 2.5j, complex(1e20, 1e-20), complex("inf"), complex(float("nan"), 1),
          complex(1, float("inf")), 3 + 0j, complex(2), complex(), complex("1+2j"), complex(" 3-4J "), complex("5j"), complex("-1.5"), complex("(1+1j)"),
          complex(1j, 1j), complex(1 + 2j, 3), complex("infj"), complex(True, False)]
for v in values:
    print(repr(v), str(v))
print(1j.real, 1j.imag, (2 + 3j).conjugate(), type((1j).real).__name__)
for s in ["", "1+", "j1", "1+2i", "1 + 2j", "((1+2j))", "1+2jj"]:
    try:
        complex(s)
    except ValueError as e:
        print("ValueError", repr(s), e)
for args in [("1", 2), (1, "2"), (None,), ([],)]:
    try:
        complex(*args)
    except TypeError as e:
        print("TypeError", e)


class C:
    def __complex__(self):
        return 1 + 1j


class F:
    def __float__(self):
        return 2.0


print(complex(C()), complex(F()), complex(F(), F()))

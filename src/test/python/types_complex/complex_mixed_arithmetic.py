vals = [2, 2.5, True, 1 + 1j]
for a in vals:
    print([repr(a + b) for b in vals], [repr(a * b) for b in vals])
print(1j * 1j == -1, (1 + 1j) / 2, 1 / (1 + 1j), (1 + 1j) ** 2 == 2j, 4 ** 0.5j if False else (-1) ** 0.5)
print(complex(1e308, 1e308) * 2, abs(complex(1e308, 1e308)) if False else "", complex(float("inf"), 0) * 0)
try:
    abs(complex(1.5e308, 1.5e308))
except OverflowError as e:
    print("OverflowError", e)

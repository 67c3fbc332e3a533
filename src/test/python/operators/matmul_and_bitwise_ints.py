class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __repr__(self):
        return "Matrix(%r)" % (self.rows,)


m = Matrix([[1, 2], [3, 4]])
print(m @ m)
m @= Matrix([[0, 1], [1, 0]])
print(m)
print(6 & 3, 6 | 3, 6 ^ 3, 1 << 10, 1024 >> 3, -1 >> 10, -16 >> 2, -1 << 3)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print(1 << 100, (1 << 100) >> 99)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
print(0 << 10000, 5 >> 1000)
print(-5 & 0xFF, -5 | 2, -5 ^ -3, ~0xFF & 0xFFFF)

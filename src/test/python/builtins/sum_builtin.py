print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]), sum([True, True]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1j, 2]), sum((x * x for x in range(4)), start=100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print("TypeError", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError", e)
try:
    sum(5)
except TypeError as e:
    print("TypeError", e)
print(sum([10 ** 20, 10 ** 20, -5]), sum([1e308, 1e308]), sum([float("inf"), -float("inf")]))


class Money:
    def __init__(self, c):
        self.c = c

    def __add__(self, other):
        return Money(self.c + (other.c if isinstance(other, Money) else other))

    __radd__ = __add__

    def __repr__(self):
        return "Money(%d)" % self.c


print(sum([Money(1), Money(2)]), sum([Money(5)], Money(10)))

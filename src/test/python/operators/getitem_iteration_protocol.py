class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("done")
        return i * i


print(list(Squares(5)))
for v in Squares(3):
    print("item", v)
a, b, c = Squares(3)
print(a, b, c)
print(sorted(Squares(4), reverse=True))
print(sum(Squares(4)), max(Squares(4)))
it = iter(Squares(2))
print(type(it).__name__, next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")


class KeyErrorStops:
    def __getitem__(self, i):
        raise KeyError(i)


try:
    list(KeyErrorStops())
except KeyError as e:
    print("KeyError", e)


class Unpack:
    def __iter__(self):
        yield 1
        yield 2


try:
    x, y, z = Unpack()
except ValueError as e:
    print("ValueError", e)
try:
    (x,) = Unpack()
except ValueError as e:
    print("ValueError", e)
try:
    x, y = 5
except TypeError as e:
    print("TypeError", e)


class IterNotIterator:
    def __iter__(self):
        return 5


try:
    iter(IterNotIterator())
except TypeError as e:
    print("TypeError", e)
try:
    for _ in IterNotIterator():
        pass
except TypeError as e:
    print("TypeError", e)

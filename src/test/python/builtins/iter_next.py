it = iter([1, 2, 3])
print(type(it).__name__, next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
print(iter(it) is it, type(iter((1,))).__name__, type(iter({1})).__name__, type(iter(range(2))).__name__)
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 4)))
calls = iter(lambda: "stop", "stop")
print(list(calls))
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError", e)
src = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(src), "")))
sentinel = iter(tick, 100)
print(type(sentinel).__name__, next(sentinel))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(3)), next(Countdown(1)), next(Countdown(0), "empty"))

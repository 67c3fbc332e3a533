class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


for n in Countdown(3):
    print(n)
cd = Countdown(2)
print(list(cd), list(cd))


class GetItemSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


for v in GetItemSeq():
    print("getitem", v)
print(list(GetItemSeq()), 20 in GetItemSeq())


class Iterable:
    def __iter__(self):
        yield "a"
        yield "b"


print(list(Iterable()), [x * 2 for x in Iterable()])
it = iter(Countdown(3))
print(next(it), next(it), next(it), next(it, "exhausted"))
sentinel_source = iter([1, 2, 3, 0, 5])
print(list(iter(lambda: next(sentinel_source), 0)))
try:
    for x in 5:
        pass
except TypeError as e:
    print(e)
try:
    iter(object())
except TypeError as e:
    print(e)

print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(5))), list(reversed({"a": 1, "b": 2})))
r = reversed([1, 2])
print(type(r).__name__, next(r), next(r), next(r, "end"))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
try:
    reversed(iter([1]))
except TypeError as e:
    print("TypeError", e)


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return "item%d" % i


class Rev:
    def __reversed__(self):
        return iter("custom")


print(list(reversed(Seq())), list(reversed(Rev())))
print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower), sorted({2: 0, 1: 0}), sorted([]))
data = [(1, "b"), (0, "a"), (1, "a")]
print(sorted(data, key=lambda p: p[0]), sorted(data, key=lambda p: p[0], reverse=True))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError", e)
try:
    sorted()
except TypeError as e:
    print("TypeError", e)
orig = [3, 1]
s = sorted(orig)
print(orig, s, s is orig)

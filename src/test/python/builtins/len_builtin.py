print(len(""), len("abc"), len("日本"), len(b"ab"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(range(0, 10, 3)), len(frozenset()))
print(len(bytearray(5)), len({}.keys()), len({"a": 1}.items()), len(memoryview(b"abc")), len([[], []]))


class Sized:
    def __len__(self):
        return 5


print(len(Sized()))
for v in [5, None, 1.5, iter([]), (x for x in [])]:
    try:
        len(v)
    except TypeError as e:
        print("TypeError", e)
try:
    len()
except TypeError as e:
    print("TypeError", e)
try:
    len([], [])
except TypeError as e:
    print("TypeError", e)

# Sorting tuples compares them item by item: the first items that are not equal
# decide with <, else the shorter tuple comes first. Mixed types, NaN, big ints and
# subclasses must order exactly as with the generic comparison.
nan = float("nan")
words = ["pear", "fig", "apple", "fig", "kiwi", "apple"]
counts = {w: words.count(w) for w in words}
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted([(1, nan), (1, 2.0), (0, nan), (1.0, 1)]))
print(sorted([(2**70, 1), (2**70, 0), (-1, 5), (-2**70, 9)]))
print(sorted([("b",), ("a", 1), ("a",), (), ("a", 0, "x")]))
print(sorted([(1, "b"), (True, "a"), (1, "a"), (0.5, "z")]))


class Word(str):
    def __lt__(self, other):
        return len(self) < len(other)


print(sorted([(1, Word("ccc")), (1, Word("a")), (1, Word("bb"))]))
print(sorted([(3, "x"), (3, "x"), (2, "y")], reverse=True))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)

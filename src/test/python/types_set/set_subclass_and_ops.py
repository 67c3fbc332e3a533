class TagSet(set):
    def describe(self):
        return ",".join(sorted(self))


t = TagSet(["b", "a"])
print(t.describe(), type(t).__name__, isinstance(t, set))
print(type(t | {"c"}).__name__, type(t & {"a"}).__name__, type(t.copy()).__name__)
t |= {"z"}
print(type(t).__name__, t.describe())
print(t == {"a", "b", "z"}, sorted(set(t)))
print(min({5, 3, 9}), max({5, 3, 9}), sum({1, 2, 3}), sorted({3, 1, 2}, reverse=True), any(set()), all(set()))
print(len({i // 3 for i in range(30)}), {42}.pop(), list({7}), tuple({8}))

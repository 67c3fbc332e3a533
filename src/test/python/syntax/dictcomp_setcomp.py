d = {k: k * 2 for k in range(5)}
print(d)
print({k: v for k, v in d.items() if v > 4})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({(i, j): i * j for i in range(2) for j in range(2)})
s = {x % 3 for x in range(10)}
print(sorted(s), type(s).__name__)
print(sorted({c for c in "hello world" if c.isalpha()}))
print({x: {y for y in range(x)} for x in range(1, 3)} == {1: {0}, 2: {0, 1}})
words = ["apple", "bob", "cat", "apricot"]
print({w[0]: w for w in words})
print({k: [w for w in words if w[0] == k] for k in "abc"})
print(len({i for i in range(1000)}))

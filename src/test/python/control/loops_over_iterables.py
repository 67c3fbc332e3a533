for ch in "abc":
    print(ch, end=" ")
print()
for b in b"AB":
    print(b, end=" ")
print()
for item in (1, "two", 3.0):
    print(repr(item), end=" ")
print()
for k in {"x": 1, "y": 2}:
    print(k, end=" ")
print()
for k, v in {"x": 1, "y": 2}.items():
    print(k, v, end="; ")
print()
for v in {"x": 1, "y": 2}.values():
    print(v, end=" ")
print()
for x in sorted({3, 1, 2}):
    print(x, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i, c in enumerate("xyz", start=1):
    print(i, c, end=" | ")
print()
for a, b in zip([1, 2, 3], "ab"):
    print(a, b, end=" | ")
print()
for x in reversed([1, 2, 3]):
    print(x, end=" ")
print()
for line in "one\ntwo\nthree".splitlines():
    print(line.upper(), end=" ")
print()
for x in map(abs, [-1, -2]):
    print(x, end=" ")
print()
for x in filter(None, [0, 1, "", "a"]):
    print(repr(x), end=" ")
print()
for x in iter([7, 8]):
    print(x, end=" ")
print()

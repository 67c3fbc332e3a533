print("a", "b", sep="-", end="!\n")
print("no newline", end="")
print(" continued")
print(sep=":")
print(*range(3), sep="")
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower, reverse=True))
print(int("ff", base=16), int("0x1f", 0), int("  12 "), int("-0b101", 0))
print(max([], default="empty"), min([4, 2], default=0), max(1, 5, 3), min("bca"))
print(sum([1, 2], 10), sum([[1], [2]], []), round(3.14159, ndigits=2))
print(list(enumerate("ab", start=5)), dict(zip("ab", [1, 2])))
print("x".join(["1", "2"]), "a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", maxsplit=1))
try:
    sorted([1], cmp=None)
except TypeError as e:
    print(e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(e)

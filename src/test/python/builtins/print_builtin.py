import sys

print()
print("a", "b", "c")
print("a", "b", sep="-")
print("a", "b", sep="")
print("no newline", end="")
print(" continued", end="!\n")
print(1, 2, 3, sep=", ", end=".\n")
print(*[1, 2, 3])
print(*"xyz", sep="|")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(None, True, 1.5, [1, "s"], ("t",), {"k": "v"}, sep=" ; ")
print("x", sep=None, end=None)
print("sep", "none", sep=None)
for kw in [{"sep": 5}, {"end": 5}, {"bogus": 1}]:
    try:
        print("x", **kw)
    except TypeError as e:
        print("TypeError", e)


class W:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


w = W()
print("captured", 42, file=w)
print(w.parts)
print(file=None)
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError", e)

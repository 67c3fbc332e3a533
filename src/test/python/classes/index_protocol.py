class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("__index__", self.v)
        return self.v


seq = list(range(10))
print(seq[Idx(3)])
print(seq[Idx(1):Idx(4)])
print("abcdef"[Idx(-1)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3))[Idx(1)])
print([0] * Idx(3))
print(int.__index__(7))
print(operator_like := Idx(2).__index__())


class NotIdx:
    pass


try:
    seq[NotIdx()]
except TypeError as e:
    print("TypeError", e)
try:
    seq[1.0]
except TypeError as e:
    print("TypeError", e)
try:
    text, key = "abc", "x"
    text[key]
except TypeError as e:
    print("TypeError", e)


class BadIdx:
    def __index__(self):
        return 1.5


try:
    seq[BadIdx()]
except TypeError as e:
    print("TypeError", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError", e)


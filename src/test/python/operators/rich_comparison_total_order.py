class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __hash__(self):
        return hash(self.parts)


vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.0") > Version("0.9"))
print(Version("1.0") >= Version("1.0"))
print(vs[1] == vs[4], vs[1] is vs[4], vs[1] != vs[4])
print(len(set(vs)))
print((1, 2) < (1, 2, 0), (1, "a") < (1, "b"), [1, 2] < [1, 3], (2,) > (1, 99))
print("abc" < "abd", "Z" < "a", "" < "a", "é" > "z")
print([] == [], [] is [], [1, [2]] == [1, [2]])
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError", e)
print((1, "a") < (2, 2))
print(b"a" < b"b", None == None, None is None, 1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1))

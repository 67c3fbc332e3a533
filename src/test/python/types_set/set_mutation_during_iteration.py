s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
for x in list(s):
    s.discard(x)
print(s)


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 2

    def __eq__(self, other):
        return self.v == other.v

    def __repr__(self):
        return "H(%d)" % self.v


hs = {H(1), H(3), H(1), H(2)}
print(len(hs), sorted(h.v for h in hs), H(3) in hs, H(5) in hs)

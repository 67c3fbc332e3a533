d = {"a": 1, (1, 2): "tuple", 3: "int", None: "none", frozenset([1]): "fs"}
for key in ["missing", (1, 3), 4, "", 0.5, (1, (2, "x"))]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
print(d[(1, 2)], d[3], d[3.0], d[None], d[frozenset({1})])
try:
    d[[1]] = 1
except TypeError as e:
    print("TypeError", e)
try:
    d[{1: 2}]
except TypeError as e:
    print("TypeError", e)
try:
    {[]: 1}
except TypeError as e:
    print("TypeError", e)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v


k = {Key(1): "one"}
print(k[Key(1)])
try:
    k[Key(2)]
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)

print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 20), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61) + 1))
print(hash(True), hash(False), hash(1.0), hash(0.5), hash((1, 2)), hash(()), hash((1, (2, 3), -1)))
print(hash(None) == hash(None), hash((None,)) == hash((None,)))
for v in [[], {}, set(), bytearray()]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError", e)
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__, id(a) > 0 if True else None)
x = object()
print(id(x) == id(x))
print(hash(frozenset()) == hash(frozenset()), hash(-1) == hash(-2))

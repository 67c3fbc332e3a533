samples = [None, True, 1, 1.5, 2j, "s", b"b", bytearray(b"ba"), [1], (1,), {1: 2}, {1}, frozenset([1]), range(2), slice(1), ..., NotImplemented, print, len, int]
for s in samples:
    print(type(s).__name__, repr(s))
print(repr(type(None)), repr(type(...)), repr(type(NotImplemented)))

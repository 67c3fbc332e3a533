# pickle.dumps of the built-in types, every protocol: the bytes are CPython's
import pickle

objects = [
    None, True, False,
    0, 1, -1, 255, 256, 65535, 65536, -65536, 2**31 - 1, -2**31, 2**31, -2**31 - 1,
    2**63, -2**63, 2**64, 10**30, -10**30, 2**2100, -(2**2100),
    0.0, -0.0, 1.5, 1e100, -1e-100, float('inf'), float('-inf'), float('nan'),
    1j, complex(1.5, -2),
    '', 'a', 'abc\n\\x', 'tab\tcr\rnul\0sub\x1a', '\u20ac\U0001f600', '\ud800', 'x' * 300,
    b'', b'a', b'\x00\xff' * 200, bytearray(), bytearray(b'ab'),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),),
    [], [1], [1, 2], {}, {1: 2}, {'a': 1, 'b': [2]},
    set(), {1}, frozenset(), frozenset({1}),
    range(1, 10, 2), slice(1, 2, None), NotImplemented, Ellipsis,
    int, type(None), type(NotImplemented), type(...), object, len, pickle.encode_long,
    ['abc', 'abc', b'x', b'x'],
]

for obj in objects:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        print(proto, pickle.dumps(obj, proto))

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.format_version)
print(pickle.dumps([1, 'a']) == pickle.dumps([1, 'a'], 4), pickle.dumps(1, -1))

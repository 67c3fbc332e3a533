s = slice(5)
print(s, s.start, s.stop, s.step)
s = slice(1, 10, 2)
print(s, repr(s), s.indices(5), s.indices(100))
print(slice(None, None, -1).indices(10), slice(-3, None).indices(10), slice(-100, 100).indices(10), slice(10, -10, -3).indices(8))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
print(slice("a", [1], None), slice(1, 2) < slice(1, 3))
try:
    slice(1, 2, 0).indices(10)
except ValueError as e:
    print("ValueError", e)
try:
    slice()
except TypeError as e:
    print("TypeError", e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print("ValueError", e)
data = list(range(10))
sl = slice(2, 8, 3)
print(data[sl], "abcdefghij"[sl], tuple(data)[sl], range(10)[sl], b"abcdefghij"[sl])
print(data[slice(None)], data[slice(-2, None)])
try:
    data[::0]
except ValueError as e:
    print("ValueError", e)
try:
    data["a":"b"]
except TypeError as e:
    print("TypeError", e)
try:
    hash(slice(1, 2))
    print("slice is hashable")
except TypeError as e:
    print("TypeError", e)
print(data[1.0:2] if False else data[True:3])

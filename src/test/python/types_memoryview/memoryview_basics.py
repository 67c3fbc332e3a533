# memoryview over bytes, bytearray and other views: indexing, slicing, iteration, attributes.
data = b"abcdefgh"
m = memoryview(data)
print(len(m), m[0], m[-1], m[3], type(m[0]).__name__)
print(m.tolist(), m.tobytes(), bytes(m[2:5]), m[::2].tolist(), m[::-1].tobytes(), m[6:1:-2].tolist())
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, m.readonly, m.suboffsets)
print(m.obj is data, m[1:4].obj is data, memoryview(m).obj is data, memoryview(m[2:]).tobytes())
s = m[1:7:2]
print(s.shape, s.strides, s.nbytes, s.c_contiguous, s.f_contiguous, s.contiguous, s.tolist())
print(m.c_contiguous, m[2:5].contiguous, m[1:1].tolist(), m[5:1].shape, m[::-1].strides)
print(list(m[:3]), [x * 2 for x in m[5:]], list(reversed(m[:3])), sum(m), max(m), 99 in m, b"c" in m)
print(bool(memoryview(b"")), bool(m), len(memoryview(bytearray(3))), memoryview(bytearray(b"xy")).readonly)
print(type(m).__name__, type(iter(m)).__name__, repr(m).startswith("<memory at 0x"), str(m) == repr(m))
for key in [8, -9, 2 ** 70, "a", 1.0, (0, 0), (0,), (), slice(0, 1, 0), ...]:
    try:
        print(repr(key), m[key])
    except (IndexError, TypeError, ValueError, NotImplementedError) as e:
        print(repr(key), type(e).__name__, e)
for bad in ["abc", 5, None, [1, 2]]:
    try:
        memoryview(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    memoryview()
except TypeError as e:
    print("TypeError", e)
print(memoryview(object=b"kw").tobytes())
try:
    class Sub(memoryview):
        pass
except TypeError as e:
    print("TypeError", e)

# indexing, slicing, slice assignment and deletion, +, *, comparisons, iteration, buffers
from array import array

a = array('i', range(10))
print(a[0], a[-1], a[2:5], a[::3], a[::-1], a[8:2:-2], a[100:], a[-3:])
a[0] = 100
a[-1] = -9
a[1:3] = array('i', [7, 7, 7, 7])
print(a)
a[::2] = array('i', [0] * 6)
print(a)
a[2:2] = array('i', [42])
a[5:] = array('i')
print(a)
del a[0]
del a[::2]
del a[-1]
print(a)
c = array('i', range(10))
del c[1:8:3]
del c[5:2]
print(c)
x = array('h', [1, 2])
print(x + array('h', [3]), x * 3, 3 * x, x * 0, x * -1)
x += array('h', [9])
x *= 2
print(x)
y = x
y *= 0
print(x, y is x)
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) == array('d', [1.0, 2.0]),
      array('i', [1, 2]) < array('i', [1, 3]), array('i', [1, 2]) < array('i', [1, 2, 0]),
      array('b', [5]) >= array('B', [5]), array('i') == array('u'), array('i', [1]) != array('i', [2]),
      array('i', [1]) == [1], array('f', [0.5]) == array('d', [0.5]))
it = iter(array('b', [1, 2, 3]))
print(next(it), list(it), list(it), sum(array('d', [0.5, 0.25])), sorted(array('i', [3, 1, 2])))
print(list(reversed(array('i', [1, 2, 3]))), max(array('B', [3, 9, 1])))
print(bytes(array('i', [1, 2])), bytearray(array('h', [-1])), array('f', [1.0]).tobytes())
m = memoryview(array('i', [1, 2, 3]))
print(m.format, m.itemsize, len(m), m.nbytes, m.tolist(), m[1], m.shape, m.strides)
arr = array('d', [1.0, 2.0])
m2 = memoryview(arr)
m2[0] = 8.5
print(arr, m2.cast('B').tolist()[:8])
try:
    arr.append(3.0)
except BufferError as e:
    print("BufferError:", e)
m2.release()
arr.append(3.0)
print(arr)
import struct
buf = array('b', [0] * 8)
struct.pack_into('<i', buf, 2, -2)
print(buf, struct.unpack('<2h', array('h', [5, 6])))

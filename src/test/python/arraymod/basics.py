# array.array: construction, item types and sizes, repr, the list-like methods
from array import array
import array as arraymod

print(arraymod.typecodes, arraymod.ArrayType is array, array.__module__, array.__name__)
for tc in arraymod.typecodes:
    a = array(tc)
    print(tc, a.itemsize, a.typecode, repr(a), len(a))

print(array('b', [1, -2, 127]), array('B', b'\x01\xff'), array('h', range(-3, 3)), array('H', (65535, 0)))
print(array('i', [2**31 - 1, -2**31]), array('I', [2**32 - 1]), array('l', [2**63 - 1]), array('L', [2**64 - 1]))
print(array('q', [-2**63]), array('Q', [2**64 - 1]), array('f', [1.5, 0.1, 1e300]), array('d', [0.1, -0.0]))
print(array('u', 'héllo ☃'), array('u', ['a', 'b']), array('i', array('h', [1, 2])), array('d', array('i', [3])))
print(array('h', b'\x01\x00\x02\x00'), array('i', bytearray(8)), array('b', iter([1, 2])), array('b', [True]))


class Idx:
    def __index__(self):
        return 5


print(array('i', [Idx()]), array('d', [Idx(), 2]), str(array('i', [1])), repr(array('u', "it's")))

a = array('i', [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.extend(array('i', [7]))
a.insert(0, 0)
a.insert(100, 99)
a.insert(-100, -1)
print(a, len(a), a.count(99), a.index(3), a.index(99, 2), a.index(3, -8))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(3)
a.reverse()
print(a, 5 in a, 42 in a, list(a), a.tolist())
a.fromlist([10, 11])
a.frombytes(b'\x0c\x00\x00\x00')
print(a, a.tobytes()[:8])
b = array('h', [1, 256, -2])
b.byteswap()
print(b)
d = array('d', [1.0, 2.5])
d.byteswap()
d.byteswap()
print(d, d.tobytes())
u = array('u', 'ab')
u.fromunicode('cd☃')
print(u, u.tounicode(), u.tolist(), u.itemsize)
print(a.buffer_info()[1] == len(a), type(a.buffer_info()[0]).__name__)
print(a.__copy__(), a.__deepcopy__({}) == a, a.__copy__() is a)

# array's error messages: overflow per type code, bad arguments, missing items
from array import array


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, repr(str(e)))


for tc, v in [('b', 128), ('b', -129), ('B', -1), ('B', 256), ('h', 2**15), ('h', -2**15 - 1), ('H', -1),
              ('H', 2**16), ('i', 2**31), ('i', -2**31 - 1), ('I', -1), ('I', 2**32), ('I', 2**64),
              ('l', 2**63), ('l', -2**63 - 1), ('L', -1), ('L', 2**64), ('q', 2**63), ('q', -2**63 - 1),
              ('Q', -1), ('Q', 2**64), ('b', 2**70), ('b', 1.0), ('f', 'x'), ('d', None), ('f', 10**400),
              ('u', 1), ('u', 'ab'), ('u', ''), ('b', 'a')]:
    t(array, tc, [v])
t(array, 'z')
t(array, 'bb')
t(array, 5)
t(array)
t(array, 'i', [1], 2)
t(array, 'i', 'abc')
t(array, 'i', array('u', 'x'))
t(array, 'u', array('i', [1]))
t(array, 'h', b'\x01\x02\x03')
t(array, 'i', array('d', [1]))
t(array, 'i', 1)
t(array, typecode='i')
a = array('i', [1, 2, 3])
t(a.append, 'x')
t(a.append, 2**40)
t(a.extend, array('h', [1]))
t(a.extend, 5)
t(a.frombytes, b'abc')
t(a.frombytes, 'abc')
t(a.fromlist, (1,))
t(a.fromlist, [1, 'x'])
print(a)
t(a.fromunicode, 'x')
t(a.tounicode)
t(a.index, 9)
t(a.index, 1, 1)
t(a.remove, 9)
t(a.pop, 9)
t(array('i').pop)
t(a.__getitem__, 100)
t(a.__getitem__, 'x')
t(a.__setitem__, 100, 1)
t(a.__setitem__, 0, 'x')
t(a.__setitem__, 0, 1.0)
t(a.__setitem__, slice(0, 2), [1, 2])
t(a.__setitem__, slice(0, 2), array('h', [1, 2]))
t(a.__setitem__, slice(0, 4, 2), array('i', [1, 2, 3]))
t(a.__delitem__, 100)
t(lambda: a + [1])
t(lambda: a + array('h'))
t(a.__iadd__, [1])
t(a.__iadd__, array('d'))
t(a.fromfile, None, 1)
try:
    hash(a)
except TypeError:
    print("unhashable")
print(a)

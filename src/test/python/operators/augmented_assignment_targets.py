class Obj:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        print("get v")
        return self._v

    @v.setter
    def v(self, value):
        print("set v", value)
        self._v = value


class Box:
    def __init__(self):
        self.data = {"k": 10}

    def __getitem__(self, key):
        print("getitem", key)
        return self.data[key]

    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.data[key] = value


def key():
    print("key evaluated")
    return "k"


def target(o):
    print("target evaluated")
    return o


o = Obj()
target(o).v += 5
print(o._v)
b = Box()
target(b)[key()] *= 3
print(b.data)
lst = [[1, 2], [3, 4]]
lst[1][0] += 100
print(lst)
d = {}
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError", e)
s = "ab"
s *= 3
print(s)
n = 7
n //= 2
n **= 3
n %= 10
n <<= 2
n |= 1
n ^= 0b11
n >>= 1
n &= 0b1110
print(n)
f = 10
f /= 4
print(f)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print("TypeError", e)
print(t)

class C:
    def __len__(self):
        return 1

    def __repr__(self):
        return "C-type-repr"


c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance-repr"
print(len(c), c.__len__())
print(repr(c), c.__repr__())


class D:
    pass


d = D()
d.__add__ = lambda other: "added"
try:
    d + 1
except TypeError as e:
    print("TypeError", e)
print(d.__add__(1))
D.__add__ = lambda self, other: "class added %r" % (other,)
print(d + 1)
D.__len__ = lambda self: 7
print(len(d))
del D.__len__
try:
    len(d)
except TypeError as e:
    print("TypeError", e)
D.__iter__ = lambda self: iter([1, 2, 3])
print(list(d))
D.__bool__ = lambda self: False
print(bool(d), "yes" if d else "no")

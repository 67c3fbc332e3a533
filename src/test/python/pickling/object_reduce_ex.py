# object.__reduce_ex__ / __reduce__ / __getstate__ and the copyreg constructors they name
import copyreg


def show(r):
    """A reduce value with functions shown by name (no addresses)."""
    if not isinstance(r, tuple):
        return r
    return tuple(x.__name__ if callable(x) and not isinstance(x, type) else x for x in r)


class C:
    pass


c = C()
c.a = 1
print(c.__getstate__() is c.__dict__, C().__getstate__())
print(show(c.__reduce_ex__(2)), c.__reduce_ex__(4)[0] is copyreg.__newobj__)
print(show(c.__reduce_ex__(0)), show(c.__reduce__()), show(c.__reduce_ex__(1)))
print(show(object().__reduce_ex__(2)), show(object().__reduce__()))
try:
    object().__reduce_ex__('a')
except TypeError as e:
    print("TypeError", e)


class S:
    __slots__ = ('x', 'y', '__z')


s = S()
s.x = 1
print(s.__getstate__(), show(s.__reduce_ex__(2)), copyreg._slotnames(S), S.__slotnames__)
try:
    s.__reduce_ex__(1)
except TypeError as e:
    print("TypeError", e)


class L(list):
    pass


lst = L([1, 2])
lst.q = 3
r = lst.__reduce_ex__(2)
print(show(r[:3]), list(r[3]), r[4])


class D(dict):
    pass


r = D(a=1).__reduce_ex__(2)
print(show(r[:4]), list(r[4]))


class I(int):
    pass


print(show(I(5).__reduce_ex__(2)), show(I(5).__reduce_ex__(1)))

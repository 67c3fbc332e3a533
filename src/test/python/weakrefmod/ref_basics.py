# weakref.ref: calling, reuse of the basic reference, hash, equality, repr, errors
import gc
import weakref


def norm(s):
    # addresses differ from run to run: show them as 0xADDR
    out, i = [], 0
    while i < len(s):
        if s.startswith("0x", i):
            j = i + 2
            while j < len(s) and s[j] in "0123456789abcdef":
                j += 1
            out.append("0xADDR")
            i = j
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


class C:
    pass


def f():
    pass


o = C()
r = weakref.ref(o)
print(r() is o, weakref.ref(o) is r, weakref.ref(o, None) is r)
print(type(r), weakref.ref is weakref.ReferenceType, r.__callback__)
print(norm(repr(r)))
print(norm(repr(weakref.ref(f))))
print(norm(repr(weakref.ref(C))))
print(hash(r) == hash(o))

# a reference with a callback is a new object
def cb(ref):
    print("callback got the reference:", ref is r2, ref() is None)
r2 = weakref.ref(o, cb)
print(r2 is r, r2.__callback__ is cb, r2 == r)

# equality: referents compared while both alive, identity afterwards
class K:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
a, b = K(), K()
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == rb, ra != rb, ra == 1, ra.__eq__(1))
del a
gc.collect()
print(ra() is None, ra == rb, ra != rb, ra == ra)
try:
    hash(ra)
except TypeError as e:
    print("TypeError:", e)
# a hash computed while alive is remembered
hb = hash(rb)
del b
gc.collect()
print(hash(rb) == hb)

del o
gc.collect()
print(r(), r2(), r2.__callback__, norm(repr(r)))

# errors
for call in [lambda: r(1), lambda: weakref.ref(), lambda: weakref.ref(C(), None, 3),
             lambda: weakref.ref(C(), cb=None), lambda: weakref.getweakrefcount(),
             lambda: weakref.proxy()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# generic alias
print(weakref.ref[int])

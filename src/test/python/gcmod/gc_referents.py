# gc.get_referents lists what objects refer to directly (lists and tuples last item
# first; dicts with str keys their values, other dicts value then key; sets their items;
# an instance its slot values, its __dict__ and its class; nothing for numbers and
# strings); gc.is_finalized says whether the collector has run an object's finalizer.
import gc
import types


def names(objs):
    return [x if isinstance(x, (int, str)) else type(x).__name__ for x in objs]


class Plain:
    pass


class Slotted:
    __slots__ = ("a", "b")


class Both:
    __slots__ = ("a", "__dict__")


class MyList(list):
    pass


p = Plain()
p.x = 1
p.__dict__
print(names(gc.get_referents(p)), gc.get_referents(p)[0] is p.__dict__, gc.get_referents(p)[1] is Plain)
s = Slotted()
s.a = 5
print(names(gc.get_referents(s)))
s.b = "bee"
print(names(gc.get_referents(s)))
b = Both()
b.a = 1
b.z = 2
b.__dict__
print(names(gc.get_referents(b)))
ml = MyList([1, 2])
ml.tag = 3
print(names(gc.get_referents(ml)))

print(names(gc.get_referents([1, "a", None, [2]])))
print(names(gc.get_referents((1, 2, (3,)))))
print(names(gc.get_referents({"a": 1, "b": [2]})))
print(names(gc.get_referents({1: "x", 2: "y"})))
print(names(gc.get_referents({"a": 1, 2: "y"})))
print(names(gc.get_referents({5})), names(gc.get_referents(frozenset(["f"]))))
print(gc.get_referents({}), gc.get_referents([]), gc.get_referents(()))
print(gc.get_referents(5, 2.5, "s", b"b", None, True, 1j, bytearray(b"x")))
print(names(gc.get_referents([1], (2,), {"k": 3})))
print(gc.get_referents(gc)[0] is gc.__dict__, len(gc.get_referents(gc)))
m = types.SimpleNamespace(a=1)


def f():
    pass


bound = f.__get__(p)
r = gc.get_referents(bound)
print(f in r, p in r)
print(gc.get_referents())
try:
    gc.get_referents(x=1)
except TypeError as e:
    print("TypeError:", e)


class Finalized:
    def __del__(self):
        pass


obj = Finalized()
print(gc.is_finalized(obj), gc.is_finalized(p), gc.is_finalized(1))
obj.__del__()
print(gc.is_finalized(obj))
for bad in [lambda: gc.is_finalized(), lambda: gc.is_finalized(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

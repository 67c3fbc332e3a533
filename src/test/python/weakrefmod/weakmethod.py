# weakref.WeakMethod: a weak reference to a bound method
import gc
import weakref


class C:
    def __init__(self, n):
        self.n = n

    def m(self):
        return self.n


c = C(3)
w = weakref.WeakMethod(c.m)
print(w()(), w() == c.m, isinstance(w, weakref.ref), type(w).__mro__)
w2 = weakref.WeakMethod(c.m)
print(w == w2, w != w2, hash(w) == hash(w2), w is w2)
d = C(4)
print(w == weakref.WeakMethod(d.m), w == weakref.ref(c), w.__eq__(1))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.WeakMethod(C.m)
except TypeError as e:
    print("TypeError:", e)


def died(r):
    print("callback: method gone", r is wc, r() is None)


wc = weakref.WeakMethod(c.m, died)
del c
gc.collect()
print(w(), wc(), w == w2, w != w2)

# the method also dies with its function
class D:
    pass


def f(self):
    return "f"


import types
o = D()
o.g = types.MethodType(f, o)
wf = weakref.WeakMethod(o.g, lambda r: print("function gone"))
print(wf()())
del f, o.g
gc.collect()
print(wf())

# subclasses of ref can have slots and override __call__
class Tagged(weakref.ref):
    __slots__ = ("tag",)

    def __new__(cls, ob, tag):
        self = super().__new__(cls, ob)
        self.tag = tag
        return self

    def __init__(self, ob, tag):
        super().__init__(ob)


x = C(5)
t = Tagged(x, "T")
print(t.tag, t() is x, t is weakref.ref(x))
gc.collect()
print(weakref.getweakrefcount(x), weakref.getweakrefs(x)[0] is t)
k = weakref.KeyedRef(x, None, "key")
print(k.key, k() is x)

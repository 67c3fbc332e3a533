# callbacks: called with the reference once the object is collected, newest first;
# the basic ref and proxy come first in getweakrefs; exceptions are reported, not raised
import gc
import weakref


class C:
    pass


class Callback:
    def __init__(self, name):
        self.name = name

    def __call__(self, ref):
        print("callback", self.name, ref() is None if type(ref) is weakref.ref else "proxy")

    def __repr__(self):
        return "<Callback %s>" % self.name


class Failing:
    def __call__(self, ref):
        raise ValueError("boom in callback")

    def __repr__(self):
        return "<Failing callback>"


o = C()
r1 = weakref.ref(o, Callback(1))
r0 = weakref.ref(o)
r2 = weakref.ref(o, Callback(2))
p = weakref.proxy(o)
p2 = weakref.proxy(o, Callback("p2"))
r3 = weakref.ref(o, Callback(3))
rf = weakref.ref(o, Failing())
print(weakref.getweakrefcount(o))
refs = weakref.getweakrefs(o)
print([type(x).__name__ for x in refs])
print(refs[0] is r0, refs[1] is p, refs[2] is rf, refs[3] is r3, refs[4] is p2, refs[-1] is r1)
del refs
del o
gc.collect()
print("after collect", r0(), r1(), r3.__callback__)

# a reference that is itself dropped never calls its callback
o = C()
weakref.ref(o, Callback("dropped"))
gc.collect()
print(weakref.getweakrefcount(o))
del o
gc.collect()

# each callback runs once even with several collections
o = C()
r = weakref.ref(o, Callback("once"))
del o
gc.collect()
gc.collect()
print("done")

# The class that introduces instance dicts has __dict__ and __weakref__ descriptors in its
# own __dict__ (in CPython's key order); subclasses and __slots__ classes do not.
class C: pass
class D(C): pass
class S:
    __slots__ = ('a',)
class E(S): pass
class F:
    x = 1
    def m(self): pass
print([k for k in C.__dict__], [k for k in D.__dict__], [k for k in S.__dict__], [k for k in E.__dict__], list(F.__dict__))
print(C.__dict__['__dict__'], C.__dict__['__weakref__'], C().__weakref__)
c = C(); c.x = 1; print(c.__dict__, vars(c)); c.__dict__ = {'y': 2}; print(c.y, '__dict__' in dir(c), '__weakref__' in dir(c))
try: c.__dict__ = 3
except TypeError as e: print(e)
try: c.__weakref__ = 3
except AttributeError as e: print(e)
print(sorted(dir(D()))[:8])

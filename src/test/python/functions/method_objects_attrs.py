# bound methods, classmethods and staticmethods: __self__, __func__, __doc__, __name__, equality
class C:
    def m(self, x): "mdoc"; return x

    @classmethod
    def cm(cls):
        "cmdoc"

    @staticmethod
    def sm():
        "smdoc"


o = C()
m = o.m
print(m.__self__ is o, m.__func__ is C.m, m.__name__, m.__qualname__, m.__doc__, m.__module__)
print(C.cm.__self__ is C, C.cm.__doc__, C.cm.__name__, C.sm.__name__, C.sm.__doc__, o.sm.__doc__)
print(C.__dict__['sm'].__func__ is C.sm, C.__dict__['cm'].__wrapped__.__name__, C.__dict__['cm'].__func__.__qualname__)
print(m == o.m, m is o.m, hash(m) == hash(o.m), m != C().m, m(5), C.m(o, 6))
print(repr(C.cm).startswith("<bound method C.cm of <class '"), repr(m).startswith('<bound method C.m of <'))
print(len.__name__, len.__qualname__, len.__module__, len.__self__, [].append.__name__, [].append.__qualname__)
print(repr(len), repr(str.join), str.join.__name__, str.join.__qualname__, str.join.__objclass__)
print(type(str.join).__name__, type(str.__dict__['maketrans']).__name__, type(dict.__dict__['fromkeys']).__name__,
      type(int.__dict__['real']).__name__)
m.__func__.attr = 1
print(m.attr)
try:
    m.attr = 2
except AttributeError as e:
    print("AttributeError", e)

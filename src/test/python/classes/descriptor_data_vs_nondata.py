class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data-descriptor"

    def __set__(self, obj, value):
        print("DataDesc.__set__", value)


class NonDataDesc:
    def __get__(self, obj, objtype=None):
        return "non-data-descriptor"


class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)


class C:
    d = DataDesc()
    n = NonDataDesc()
    s = SetOnly()


c = C()
c.__dict__["d"] = "instance-d"
c.__dict__["n"] = "instance-n"
print(c.d)
print(c.n)
c.d = 1
c.n = 2
print(c.__dict__)
print(type(c.s).__name__)
c.__dict__["s"] = "instance-s"
print(type(c.s).__name__)
c.s = 3
print(C.d, C.n)
del c.n
print(c.n)
try:
    del c.d
except AttributeError as e:
    print("AttributeError", e)


class Plain:
    attr = "class"


p = Plain()
p.attr = "inst"
print(p.attr, Plain.attr)

class Plain:
    pass


p = Plain()
r = repr(p)
print(r.startswith("<__main__.Plain object at 0x"), r.endswith(">"))
print(str(p) == repr(p))
print(repr(Plain))
print(str(Plain))
print(Plain.__name__, Plain.__qualname__, Plain.__module__)
print(type(p).__name__)
print(repr(type))
print(repr(object))
print(repr(int), repr(str))
print(type(Plain))
print(type(type))


class WithRepr:
    def __repr__(self):
        return "WithRepr()"


w = WithRepr()
print(repr(w), str(w), "%s" % w, f"{w}", f"{w!r}")
print([w, w])
print((w,))
print({"k": w})

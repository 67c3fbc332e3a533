# the singletons None, NotImplemented and Ellipsis: repr, truth, types, reduce
print(repr(None), bool(None), type(None)() is None, None.__repr__(), type(None).__name__)
print(repr(NotImplemented), type(NotImplemented)() is NotImplemented, type(NotImplemented).__name__)
print(repr(Ellipsis), repr(...), ... is Ellipsis, bool(...), type(...)() is Ellipsis, type(...).__name__)
print(NotImplemented.__reduce__(), Ellipsis.__reduce__(), NotImplemented.__reduce_ex__(2), Ellipsis.__reduce_ex__(0))
try:
    None.__reduce_ex__(0)
except TypeError as e:
    print(e)
for t in (type(None), type(NotImplemented), type(...)):
    try:
        class Sub(t):
            pass
    except TypeError as e:
        print(e)

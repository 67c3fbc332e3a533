# Assigning a class's __module__ stores it in the class dict (it used to recurse forever).
class P:
    __slots__ = ("a",)

class Q:
    pass

P.__module__ = "re"
Q.__module__ = "somewhere.else"
print(P.__module__, Q.__module__, P.__dict__["__module__"], repr(Q)[:30])
try:
    int.__module__ = "x"
except TypeError as e:
    print("TypeError", e)

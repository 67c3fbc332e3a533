print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(Ellipsis, repr(Ellipsis), ..., ... is Ellipsis, type(...).__name__, bool(...))
print(type(...)() is ..., type(NotImplemented)() is NotImplemented)
print([...], (...,), {...: 1})
x = [1]
x.append(x)
print(x)
d = {}
d["self"] = d
print(d)
print(int.__add__(1, "x") is NotImplemented)
print((1).__lt__(None), (1.0).__eq__("a"), [].__eq__(5), (5).__radd__("x"))


def f(a: ..., b=...):
    ...
    return b


print(f(1))
print(f.__annotations__)

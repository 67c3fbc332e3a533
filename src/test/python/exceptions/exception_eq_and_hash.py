a = ValueError("x")
b = ValueError("x")
print(a == b, a == a, a != b)
d = {a: "stored"}
print(d[a], b in d)
print(ValueError("x").args == ValueError("x").args)
print(isinstance(a, ValueError), type(a) is ValueError)
classes = {ValueError: "value", KeyError: "key"}
for exc in (ValueError("v"), KeyError("k")):
    print(classes[type(exc)])
print(sorted(c.__name__ for c in (TypeError, ValueError, KeyError)))

def f(**kw):
    return sorted(kw.items())


print(f(**{"not an identifier": 1, "1x": 2}))
print(f(**{"class": 1}))
print(f(**dict(a=1), **dict(b=2)))


def g(a, b):
    return a - b


print(g(b=1, a=10))
print(g(**{"b": 1, "a": 10}))
params = {"a": 5}
print(g(b=2, **params))
try:
    g(**{"a": 1, "b": 2, "c": 3})
except TypeError as e:
    print(e)
try:
    g(1, **{"a": 2})
except TypeError as e:
    print(e)

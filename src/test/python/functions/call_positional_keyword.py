def f(a, b, c=3, d=4):
    return (a, b, c, d)


print(f(1, 2))
print(f(1, 2, 5))
print(f(1, b=2))
print(f(b=2, a=1))
print(f(1, 2, d=8))
print(f(d=0, c=0, b=0, a=0))
print(f(*[1, 2, 3, 4]))
print(f(**{"a": "x", "b": "y"}))
print(f(1, *(2,), **{"d": 9}))

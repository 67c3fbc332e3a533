def f(*args, **kwargs):
    return args, sorted(kwargs.items())


print(f(*[1, 2], 3, *(4,)))
print(f(**{"a": 1}, b=2, **{"c": 3}))
print(f(*"ab", *range(2), x=1, **{"y": 2}))
print([*range(3), 10, *"xy"])
print((*[1, 2], 3))
print({*[1, 1, 2]} == {1, 2})
print({**{"a": 1, "b": 2}, "b": 3, **{"c": 4}})
print(*[1, 2, 3], sep="-")
print(*[], "only")
t = *range(2), 5
print(t)
d1 = {"x": 1}
d2 = {"x": 2, "y": 3}
print({**d1, **d2}, {**d2, **d1})
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)

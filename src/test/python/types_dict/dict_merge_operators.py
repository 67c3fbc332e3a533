a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a
c |= b
print(a, c is a)
c |= [("w", 0)]
print(c)
try:
    a | [("k", 1)]
except TypeError as e:
    print("TypeError", e)
try:
    a + b
except TypeError as e:
    print("TypeError", e)
print({**a, **b, "extra": 1}, {**{}, **{1: 2}}, dict(a, **{"q": 9}))
print(dict(), dict([("a", 1)]), dict(a=1, b=2), dict({"a": 1}, a=2), dict(zip([1, 2], "ab")))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    dict(1)
except TypeError as e:
    print("TypeError", e)
try:
    {**[1]}
except TypeError as e:
    print("TypeError", e)

def v(x):
    print("eval", x)
    return x


print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) == v(1) != v(2))
print(v(1) < v(5) > v(2) in [2])
a = [1]
b = a
c = [1]
print(a is b, a is c, a is not c, a == c)
print(None is None, True is True, 1 in [1] in [[1]])
x = 5
print(0 < x <= 5, 0 < x < 5, 10 > x > 3 > 1)
print((1 < 2) < 3, 1 < (2 < 3))

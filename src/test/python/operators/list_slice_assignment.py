a = list(range(10))
a[2:5] = ["x"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[1:3] = []
print(a)
b = list(range(10))
b[::2] = "abcde"
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
b[::-3] = [None] * 4
print(b)
c = list(range(10))
del c[::3]
print(c)
del c[-2:]
print(c)
del c[100:]
print(c)
d = [1, 2, 3]
d[5:10] = [9]
print(d)
d[-100:1] = [0]
print(d)
try:
    d[0:1] = 5
except TypeError as e:
    print("TypeError", e)
e = [1, 2, 3]
e[1:2] = e
print(e)
f = list(range(6))
f[4:1] = ["in"]
print(f)
g = list(range(8))
print(g[-3:], g[:-3], g[::-1], g[5:1:-2], g[100:], g[-100:2])

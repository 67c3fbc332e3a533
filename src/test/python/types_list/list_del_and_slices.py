a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
del a[:]
print(a)
b = list("abcdefgh")
print(b[1:6:2], b[-1:-6:-2], b[6:1:-1], b[:], b[::3])
b[1:3], b[-1] = ["X", "Y", "Z"], "!"
print(b)
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
try:
    del a[0]
except IndexError as e:
    print("IndexError", e)
n = list(range(5))
for i in range(len(n) - 1, -1, -1):
    if n[i] % 2:
        del n[i]
print(n)

s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[::2], s[1::3], s[::-1])
print(s[-3:], s[:-3], s[-1:-4:-1], s[5:2], s[100:], s[-100:2])
print(s[2:8:2], s[8:2:-2], s[::-3])
t = "hello world"
print(t[::-1], t[6:], t[:-6], t[1:10:3])
print((1, 2, 3, 4)[1:3], b"bytes"[1:4])
a = list(range(6))
a[1:3] = ["x", "y", "z"]
print(a)
a[::2] = [0, 0, 0, 0][:len(a[::2])]
print(a)
a[:] = []
print(a)
a = [1, 2, 3]
a[1:1] = [9, 9]
print(a)
sl = slice(1, 5, 2)
print(s[sl], sl.start, sl.stop, sl.step, sl)
print(slice(3), slice(None, None, -1).indices(5), slice(2, 10).indices(5))
try:
    a[::2] = [1]
except ValueError as e:
    print(e)
try:
    s[::0]
except ValueError as e:
    print(e)


class Show:
    def __getitem__(self, k):
        return k


x = Show()
print(x[1], x[1:2], x[::], x[1, 2], x[1:2, ::3], x[...], x[:, None])

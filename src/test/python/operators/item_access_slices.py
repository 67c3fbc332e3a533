class Recorder:
    def __getitem__(self, key):
        return ("get", key)

    def __setitem__(self, key, value):
        print("set", key, value)

    def __delitem__(self, key):
        print("del", key)


r = Recorder()
print(r[1])
print(r[1:2])
print(r[:])
print(r[::2])
print(r[1:2, 3])
print(r[...])
print(r["k"])
print(r[1, 2])
print(r[:, None])
r[0] = "a"
r[1:3] = [1, 2]
r[::-1] = "x"
del r[5]
del r[2:]
s = r[3:7:2][1]
print(s, s.start, s.stop, s.step)
print(slice(1, 2) == slice(1, 2))


class NoSet:
    def __getitem__(self, k):
        return k


n = NoSet()
try:
    n[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del n[0]
except TypeError as e:
    print("TypeError", e)
try:
    object()[0]
except TypeError as e:
    print("TypeError", e)
t = (1, 2)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)

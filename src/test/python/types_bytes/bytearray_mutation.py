ba = bytearray(b"hello")
ba[0] = 72
print(ba)
ba[1:3] = b"EY"
print(ba)
ba[5:] = b" world"
print(ba, len(ba))
ba.append(33)
ba.extend(b"??")
ba.extend([1, 2])
print(ba)
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("?"))
print(ba)
del ba[-1]
del ba[:2]
print(ba)
ba.reverse()
print(ba)
ba += b"++"
ba *= 2
print(ba, ba.count(b"+"))
c = ba.copy()
ba.clear()
print(ba, c[:4], len(c))
for f in [lambda: bytearray(b"a").append(256), lambda: bytearray(b"a").remove(120), lambda: bytearray().pop(), lambda: bytearray(b"a").__setitem__(0, -1), lambda: bytearray(b"a").append("x")]:
    try:
        f()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
x = bytearray(b"abcdef")
x[::2] = b"XYZ"
print(x)
try:
    x[::2] = b"12"
except ValueError as e:
    print("ValueError", e)
x[1:2] = []
print(x, x.upper(), type(x.upper()).__name__, x.split(b"Y"))

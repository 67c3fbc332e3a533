ba = bytearray(b"Hello World")
results = [ba.upper(), ba.lower(), ba.replace(b"o", b"0"), ba.strip(b"Hd"), ba[1:4], ba * 2, ba + b"!", ba.center(15), ba.title(), ba.zfill(13)]
for r in results:
    print(type(r).__name__, r)
parts = ba.split()
print([type(p).__name__ for p in parts], parts, ba.partition(b" "))
print(ba == b"Hello World", ba.find(b"World"), ba.decode(), bytes(ba), ba.hex(" "))
c = bytearray(b"xyz")
print(c.pop(), c.pop(0), c, len(c))
c[0:0] = b"pre-"
print(c, c.index(b"-"), c.count(b"e"), c.isalpha(), c.startswith(b"pre"))

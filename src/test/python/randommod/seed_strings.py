# str, bytes and bytearray seeds (version 2 hashes them with SHA-512), version 1, floats
import random

for s in ["", "a", "hello world", "héllo ☃", "x" * 1000, b"", b"bytes seed", bytearray(b"\x00\xff" * 10),
          3.75, -2.5, 0.0, 1e300]:
    random.seed(s)
    print(repr(s)[:40], [random.random() for _ in range(3)], random.randrange(1000),
          random.getrandbits(70))

for s in ["", "a", "hello", b"hello", "ü", b"\xfc", "x" * 300]:
    random.seed(s, version=1)
    print("v1", repr(s)[:30], random.random(), random.randint(1, 100))

# an int seed and its str form give different sequences; equal ints give equal ones
random.seed(12345)
a = random.random()
random.seed("12345")
b = random.random()
random.seed(12345)
print(a == random.random(), a == b)

r1 = random.Random("same")
r2 = random.Random(b"same")
print(r1.random() == r2.random())

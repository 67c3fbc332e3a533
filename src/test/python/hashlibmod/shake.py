# SHAKE128/SHAKE256 (FIPS 202): known outputs, many lengths across the rate, streaming,
# copy(), HASHXOF's attributes and the errors of digest(length)
import hashlib
import _hashlib

print(hashlib.shake_128(b"").hexdigest(32))
print(hashlib.shake_256(b"").hexdigest(64))
print(hashlib.shake_128(b"abc").hexdigest(16))
print(hashlib.shake_256(b"The quick brown fox jumps over the lazy dog").hexdigest(32))

data = bytes((i * 13 + 5) % 256 for i in range(700))
for c in (hashlib.shake_128, hashlib.shake_256):
    h = c(b"abc")
    print(c.__name__, h.name, h.digest_size, h.block_size, type(h).__name__,
          issubclass(type(h), _hashlib.HASH))
    for n in (0, 1, 135, 136, 137, 167, 168, 169, 271, 272, 273, 336, 337, 700):
        print(h.name, n, c(data[:n]).hexdigest(24))
    long = c(b"seed").digest(1000)
    for n in (0, 1, 100, 167, 168, 169, 336, 500, 999):
        assert c(b"seed").digest(n) == long[:n], n
    print(h.name, "prefixes ok", long[-8:].hex(), len(c(b"x").hexdigest(501)))
    whole = c(data).hexdigest(40)
    for step in (1, 7, 136, 168, 169):
        s = c()
        for i in range(0, len(data), step):
            s.update(data[i:i + step])
        assert s.hexdigest(40) == whole, step
    print(h.name, "streaming ok")
    d = h.copy()
    d.update(b"def")
    print(type(d).__name__, h.hexdigest(8) == c(b"abc").hexdigest(8), d.hexdigest(8) == c(b"abcdef").hexdigest(8))
    print(h.digest(length=5), h.hexdigest(length=0) == "", h.digest(0))
    print(repr(h).startswith("<%s _hashlib.HASHXOF object @ 0x" % h.name))


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(type(r).__name__, len(r))
    except Exception as e:
        print(type(e).__name__, repr(str(e)))


for c in (hashlib.shake_128, hashlib.shake_256):
    h = c(b"abc")
    t(h.digest)
    t(h.hexdigest)
    t(h.digest, -1)
    t(h.hexdigest, -5)
    t(h.digest, 2**63)
    t(h.digest, 2**64)
    t(h.hexdigest, 2**62)
    t(h.digest, 1.0)
    t(h.digest, None)
    t(h.digest, 1, 2)
    t(c, "x")
    t(c, b"", b"")
    t(c, data=b"")
    t(h.update, "x")
print(hashlib.new("shake_128", b"abc").hexdigest(4), hashlib.new("SHAKE256").name, hashlib.new("shake-128").name)
print(hashlib.shake_128.__name__, hashlib.shake_256.__name__)
print(hashlib.shake_128(string=b"abc", usedforsecurity=False).hexdigest(4))

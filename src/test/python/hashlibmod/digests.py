# every guaranteed digest on known inputs; update in pieces; copy; attributes
import hashlib

DATA = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 5, b"a" * 1000]
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512"]:
    ctor = getattr(hashlib, name)
    for d in DATA:
        h = ctor(d)
        print(name, len(d), h.hexdigest())
    h = ctor()
    print(name, h.name, h.digest_size, h.block_size, len(h.digest()), type(h).__name__)

# feeding in pieces equals feeding at once; copy forks the state
h = hashlib.sha256()
for piece in (b"The quick ", b"brown fox ", bytearray(b"jumps over "), memoryview(b"the lazy dog")):
    h.update(piece)
print(h.hexdigest() == hashlib.sha256(DATA[2]).hexdigest())
c = h.copy()
c.update(b"!")
print(h.hexdigest(), c.hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()))
print(h.hexdigest() == h.hexdigest())  # digest does not end the hash
h.update(b"more")
print(h.hexdigest())

# new() by name, keyword forms
print(hashlib.new("md5", b"abc").hexdigest(), hashlib.new("SHA1", b"abc").hexdigest())
print(hashlib.new("sha512_256", b"abc").hexdigest(), hashlib.new("sha512_224").digest_size)
print(hashlib.new(name="sha224", data=b"abc").hexdigest())
print(hashlib.sha1(string=b"abc").hexdigest(), hashlib.md5(b"abc", usedforsecurity=False).hexdigest())
print(hashlib.sha384(data=b"x").hexdigest() if False else hashlib.sha384(b"x").hexdigest())
print(sorted(hashlib.algorithms_guaranteed - {"blake2b", "blake2s", "shake_128", "shake_256"}))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(hashlib.sha256.__name__, hashlib.md5(b"").name)

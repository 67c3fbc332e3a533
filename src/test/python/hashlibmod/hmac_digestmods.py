# hmac over every digest (BLAKE2, SHA-3, SM3, RIPEMD-160, md5-sha1), the _hashlib.HMAC
# behind it, the generic path for other digestmods, and their errors and warnings
import hashlib
import hmac
import warnings
import _hashlib

DIGESTMODS = ["blake2b", "blake2s", hashlib.blake2b, hashlib.blake2s, "sha3_224", "sha3_256",
              hashlib.sha3_384, hashlib.sha3_512, "sm3", "ripemd160", "md5-sha1", hashlib.md5,
              "sha512_224", "sha512_256", "SHA-256", "blake2b512", lambda d=b"": hashlib.blake2s(d, digest_size=16)]
for dm in DIGESTMODS:
    for key in (b"", b"key", b"k" * 64, b"k" * 65, b"k" * 128, b"k" * 129, b"k" * 200):
        h = hmac.new(key, b"The quick brown fox", dm)
        assert hmac.digest(key, b"The quick brown fox", dm) == h.digest()
        print(h.name, h.digest_size, h.block_size, len(key), h.hexdigest())
    h = hmac.new(b"secret", digestmod=dm)
    h.update(b"part one, ")
    c = h.copy()
    h.update(b"part two")
    print(h.hexdigest() == hmac.new(b"secret", b"part one, part two", dm).hexdigest(),
          c.hexdigest() == hmac.new(b"secret", b"part one, ", dm).hexdigest(),
          h.digest() == bytes.fromhex(h.hexdigest()))

# RFC 4231 test case 6 (a key longer than the block) and 7
key = b"\xaa" * 131
print(hmac.new(key, b"Test Using Larger Than Block-Size Key - Hash Key First", "sha256").hexdigest())
print(hmac.new(key, b"This is a test using a larger than block-size key and a larger than block-size data. "
               b"The key needs to be hashed before being used by the HMAC algorithm.", hashlib.sha512).hexdigest())

h = _hashlib.hmac_new(b"k", b"m", "sha256")
print(type(h).__name__, h.name, h.digest_size, h.block_size, repr(h).startswith("<sha256 HMAC object @ 0x"))
print(sorted(x for x in dir(h) if not x.startswith("__")))
c = h.copy()
c.update(msg=b"x")
print(h.hexdigest() != c.hexdigest(), _hashlib.hmac_digest(b"k", b"m", "sha256") == h.digest())
print(_hashlib.hmac_new(b"k", digestmod="sha256").hexdigest() == _hashlib.hmac_new(b"k", None, "sha256").hexdigest())
print(_hashlib.hmac_digest(key=b"k", msg=b"m", digest="sha1").hex())


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(r.hex() if isinstance(r, bytes) else (r.name, r.hexdigest()[:16]))
    except Exception as e:
        print(type(e).__name__, repr(str(e)))


t(_hashlib.hmac_new, b"k")
t(_hashlib.hmac_new, b"k", b"m", hashlib.blake2b)
t(_hashlib.hmac_new, b"k", b"m", "nope")
t(_hashlib.hmac_new, b"k", b"m", "shake_128")
t(_hashlib.hmac_new, "k", b"m", "sha256")
t(_hashlib.hmac_new, b"k", "m", "sha256")
t(_hashlib.hmac_new, b"k", 5, "sha256")
t(_hashlib.hmac_new, b"k", b"m", 5)
t(_hashlib.hmac_digest, b"k", b"m", "nope")
t(_hashlib.hmac_digest, b"k", b"m", "shake_256")
t(_hashlib.hmac_digest, "k", b"m", "sha256")
t(_hashlib.hmac_digest, b"k", "m", "sha256")
t(_hashlib.hmac_digest, b"k", b"m", None)
t(_hashlib.hmac_digest, b"k", b"m")
t(h.update, "x")
t(h.update, 5)
t(h.update)
t(h.digest, 1)
t(_hashlib.HMAC)
t(hmac.new, b"k", b"m", hashlib.shake_128)
t(hmac.new, b"k", b"m", "shake_256")
t(hmac.digest, b"k", b"m", hashlib.shake_128)
t(hmac.digest, b"k", b"m", "BLAKE2B")
t(hmac.new, b"k", b"m", "BLAKE2B")
t(hmac.new, b"k", b"m", None)
t(hmac.digest, b"k", b"m", None)
t(hmac.digest, "k", b"m", "sha256")
t(hmac.digest, b"k", "m", "sha256")
t(hmac.new, memoryview(b"k"), b"m", "sha256")
t(hmac.new, b"k", "m", "sha256")
t(hmac.new, b"k", "m", hashlib.blake2b)


class Short:
    """A PEP 247-style hash without block_size, truncating SHA-1."""
    digest_size = 4

    def __init__(self, d=b""):
        self.h = hashlib.sha1(d)

    def update(self, m):
        self.h.update(m)

    def digest(self):
        return self.h.digest()[:4]

    def copy(self):
        c = Short()
        c.h = self.h.copy()
        return c


class Tiny(Short):
    block_size = 8


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    h1 = hmac.new(b"k", b"m", Short)
    h2 = hmac.new(b"k" * 100, b"m", Tiny)
    print(h1.digest().hex(), h1.block_size, h2.digest().hex(), h2.block_size)
    print(hmac.digest(b"k", b"m", Short).hex(), hmac.digest(b"k" * 100, b"m", Tiny).hex())
for w in caught:
    print(w.category.__name__, w.message)
print(hmac.HMAC.blocksize, hmac.HMAC.__slots__, hmac.digest_size)

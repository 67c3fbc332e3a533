# algorithms_available and the names new() accepts: RIPEMD-160, SM3, md5-sha1, the
# OpenSSL spellings and OIDs, and the ones CPython refuses
import hashlib
import _hashlib

print(sorted(hashlib.algorithms_available))
print(sorted(hashlib.algorithms_guaranteed))
print(sorted(_hashlib.openssl_md_meth_names))
print(hashlib.__all__)
print(sorted(n for n in dir(hashlib) if not n.startswith("_")))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)

DATA = [b"", b"a", b"abc", b"message digest", b"abcdefghijklmnopqrstuvwxyz",
        b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        b"1234567890" * 8, b"a" * 1000, bytes(range(256)) * 3]
for name in ("ripemd160", "sm3", "md5-sha1"):
    for d in DATA:
        print(name, len(d), hashlib.new(name, d).hexdigest())
    h = hashlib.new(name)
    print(h.name, h.digest_size, h.block_size, type(h).__name__)
    for n in (55, 56, 57, 63, 64, 65, 119, 120, 121):
        print(name, n, hashlib.new(name, b"q" * n).hexdigest())
    whole = hashlib.new(name, DATA[-1]).hexdigest()
    for step in (1, 5, 64, 65):
        h = hashlib.new(name)
        for i in range(0, len(DATA[-1]), step):
            h.update(DATA[-1][i:i + step])
        assert h.hexdigest() == whole
    h = hashlib.new(name, b"abc")
    c = h.copy()
    c.update(b"d")
    print(h.hexdigest() == hashlib.new(name, b"abc").hexdigest(), c.hexdigest() == hashlib.new(name, b"abcd").hexdigest())

names = """md5 MD5 Md5 md-5 sha1 SHA1 sha-1 SHA-1 sha224 sha-224 SHA2-224 sha256 SHA256 sha-256 sha2-256
sha384 sha-384 SHA384 sha2-384 sha512 sha-512 sha2-512 sha512_224 SHA512_224 Sha512_224 sha512-224 sha-512/224
SHA512/224 sha2-512/224 sha512_256 SHA512_256 sha512-256 sha-512/256 sha3_224 SHA3_224 sha3-224 SHA3-224
sha3_256 sha3-256 sha3_384 sha3-384 sha3_512 sha3-512 shake_128 SHAKE_128 shake128 shake-128 shake_256
shake256 SHAKE-256 blake2b BLAKE2B blake2b512 BLAKE2b512 blake2b-512 blake2s BLAKE2S blake2s256 blake2s-256
ripemd160 RIPEMD160 ripemd-160 rmd160 ripemd ripemd_160 sm3 SM3 md5-sha1 MD5-SHA1 md5_sha1 ssl3-md5 ssl3-sha1
md4 whirlpool sha sha0 keccak-256 RSA-SHA256 id-sha256
1.2.840.113549.2.5 1.3.14.3.2.26 2.16.840.1.101.3.4.2.1 2.16.840.1.101.3.4.2.2 2.16.840.1.101.3.4.2.3
2.16.840.1.101.3.4.2.4 2.16.840.1.101.3.4.2.5 2.16.840.1.101.3.4.2.6 2.16.840.1.101.3.4.2.7
2.16.840.1.101.3.4.2.8 2.16.840.1.101.3.4.2.9 2.16.840.1.101.3.4.2.10 2.16.840.1.101.3.4.2.11
2.16.840.1.101.3.4.2.12 1.3.36.3.2.1 1.2.156.10197.1.401 1.3.6.1.4.1.1722.12.2.1.16
1.3.6.1.4.1.1722.12.2.2.8""".split()
for n in names:
    try:
        h = hashlib.new(n)
        r = (h.name, type(h).__name__)
    except ValueError as e:
        r = (type(e).__name__, str(e))
    try:
        r2 = _hashlib.new(n).name
    except ValueError as e:
        r2 = (type(e).__name__, str(e))
    print(n, r, r2)


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(r.name, type(r).__name__)
    except Exception as e:
        print(type(e).__name__, repr(str(e)))


t(hashlib.new, "sha256", digest_size=3)
t(hashlib.new, "blake2b", string=b"x")
t(hashlib.new, "sha256", data=b"x")
t(hashlib.new, "sha256", string=b"x")
t(hashlib.new, "blake2b512", digest_size=3)
t(hashlib.new, "SHA256", b"x", b"y")
t(hashlib.new, 5)
t(hashlib.new, b"sha256")
t(_hashlib.new, None)
t(_hashlib.new, "blake2b", digest_size=3)
t(hashlib.sha256, data=b"x")
t(hashlib.sha256, b"x", string=b"x")
t(_hashlib.new, "sha256", b"abc", usedforsecurity=False)
print(_hashlib.get_fips_mode())
print(hashlib.md5.__name__, hashlib.blake2b.__name__, hashlib.new.__name__)

# an explicit None is not "no data"
t(hashlib.sha256, None)
t(hashlib.blake2b, None)
t(hashlib.shake_128, None)
t(hashlib.new, "sha256", None)
t(hashlib.new, "blake2b", None)
t(_hashlib.new, "md5", None)
t(hashlib.sha256, string=None)
t(hashlib.md5, b"x", usedforsecurity=None)
t(hashlib.blake2s, b"x", usedforsecurity=0)
t(hashlib.sha1, True)
t(hashlib.blake2b, bytearray())

# pbkdf2_hmac over every algorithm (BLAKE2, SM3, RIPEMD-160, md5-sha1, SHA-512/t), the
# spellings of names it accepts, and the order of its checks
import hashlib

for name in ("sha224", "sha384", "sha512_224", "sha512_256", "sha3_224", "sha3_384", "sha3_512",
             "blake2b", "blake2s", "sm3", "ripemd160", "md5-sha1", "SHA-256", "sha2-512",
             "RIPEMD160", "2.16.840.1.101.3.4.2.1"):
    print(name, hashlib.pbkdf2_hmac(name, b"password", b"salt", 2).hex())
    print(name, hashlib.pbkdf2_hmac(name, b"k" * 300, b"salt", 3, 70).hex())
print(hashlib.pbkdf2_hmac("sha256", memoryview(b"p"), bytearray(b"s"), 1).hex())


def t(*a):
    try:
        print(hashlib.pbkdf2_hmac(*a).hex()[:16])
    except Exception as e:
        print(type(e).__name__, repr(str(e)))


t("shake_128", b"p", b"s", 1)
t("shake_256", b"p", b"s", 1, 10)
t("shake_128", b"p", b"s", 0)
t("shake_128", b"p", b"s", 1, 0)
t("nope", b"p", b"s", 0)
t("nope", b"p", b"s", 1, 0)
t("nope", "p", b"s", 1)
t("sha1", "p", b"s", 0)
t("sha1", b"p", b"s", 0, 0)
t("sha1", b"p", b"s", 2**31)
t("sha1", b"p", b"s", 2**32)
t("sha1", b"p", b"s", 2**64)
t("sha1", b"p", b"s", -1)
t("sha1", b"p", b"s", 1.0)
t("sha1", b"p", b"s", 1, 1.0)
t("sha1", b"p", b"s", 1, 2**31)
t("sha1", b"p", b"s", 1, -5)
t("sha1", b"p", b"s", 1, None)
t(5, b"p", b"s", 1)
t(None, b"p", b"s", 1)
t("SHA3_256", b"p", b"s", 1)
t("BLAKE2B", b"p", b"s", 1)

# pbkdf2_hmac, file_digest, and hashlib's error messages
import hashlib
import io


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, repr(str(e)))


for name in ("md5", "sha1", "sha256", "sha512", "sha3_256"):
    print(name, hashlib.pbkdf2_hmac(name, b"password", b"salt", 1).hex())
    print(name, hashlib.pbkdf2_hmac(name, b"password", b"salt", 1000, 50).hex())
print(hashlib.pbkdf2_hmac("sha256", b"", b"", 3).hex())
print(hashlib.pbkdf2_hmac("sha1", b"k" * 200, bytearray(b"salt"), 2, dklen=7).hex())
print(hashlib.pbkdf2_hmac(hash_name="sha224", password=b"p", salt=b"s", iterations=5).hex())
t(hashlib.pbkdf2_hmac, "sha256", b"pw", b"salt", 0)
t(hashlib.pbkdf2_hmac, "sha256", b"pw", b"salt", 10, 0)
t(hashlib.pbkdf2_hmac, "sha1", "pw", b"salt", 10)
t(hashlib.pbkdf2_hmac, "sha1", b"pw", "salt", 10)

print(hashlib.file_digest(io.BytesIO(b"abc"), "sha256").hexdigest())
print(hashlib.file_digest(io.BytesIO(b"x" * 100000), hashlib.sha1).hexdigest())
t(hashlib.file_digest, io.BytesIO(b"abc"), "nope")

t(hashlib.new, "foo")
t(hashlib.new, "sha256", "text")
t(hashlib.sha256, "abc")
t(hashlib.sha256, 5)
t(hashlib.sha256().update, "x")
t(hashlib.sha256().update, 5)
t(hashlib.sha256().update)
t(hashlib.md5, b"", b"")
t(hashlib.sha256().hexdigest, 1)
t(hashlib.new)
h = hashlib.md5()
t(type(h))
try:
    h.name = "x"
except AttributeError:
    print("name is read-only")
print(repr(h).startswith("<md5 _hashlib.HASH object @ 0x"))

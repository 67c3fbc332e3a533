# every bytes-like object hashes by its bytes: memoryview slices, bytearray, array.array;
# a non-contiguous memoryview is a BufferError, as CPython's buffer request makes it
import array
import hashlib
import hmac


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(r.hexdigest(8) if r.name.startswith("shake") else r.hexdigest())
    except Exception as e:
        print(type(e).__name__, repr(str(e)))


for c in (hashlib.sha256, hashlib.blake2s, hashlib.shake_128, lambda d: hashlib.new("sm3", d)):
    t(c, memoryview(b"abcdef")[1:4])
    t(c, memoryview(b"abcdef")[::2])
    t(c, array.array("i", [1, 2]))
    t(c, array.array("d", [1.5]))
    t(c, bytearray(b"xyz"))
    t(c, memoryview(bytearray(b"abcdef"))[2:])
    t(c, memoryview(array.array("H", [1, 2, 3])))
t(hashlib.blake2b, key=memoryview(b"abcdef")[::2])
t(hmac.new, b"k", memoryview(b"abcdef")[::2], "sha256")
try:
    hashlib.pbkdf2_hmac("sha1", memoryview(b"abcdef")[::2], b"s", 1)
except BufferError as e:
    print("BufferError", e)
try:
    hashlib.scrypt(b"p", salt=memoryview(b"abcdef")[::2], n=2, r=1, p=1)
except BufferError as e:
    print("BufferError", e)
print(hmac.new(b"k", memoryview(b"abcdef")[1:4], "sha256").hexdigest())
print(hmac.new(bytearray(b"k"), array.array("b", [1, 2]), "md5").hexdigest())
print(hmac.compare_digest(memoryview(b"ab"), array.array("b", [97, 98])))
print(hashlib.pbkdf2_hmac("sha1", array.array("b", [1, 2]), memoryview(b"xsaltx")[1:-1], 2).hex())

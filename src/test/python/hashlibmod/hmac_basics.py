# hmac: RFC 2104 MACs over several digests, streaming, copy, digest(), compare_digest
import hashlib
import hmac

# RFC 4231 test case 2 and RFC 2202 test cases
print(hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest())
print(hmac.new(b"Jefe", b"what do ya want for nothing?", "md5").hexdigest())
print(hmac.new(b"\x0b" * 20, b"Hi There", "sha1").hexdigest())
print(hmac.new(b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First", "sha512").hexdigest())
for name in ("sha224", "sha384", "sha3_256", "sha3_512"):
    h = hmac.new(b"key", b"msg", name)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())

h = hmac.HMAC(b"secret", digestmod="sha256")
h.update(b"part one, ")
c = h.copy()
h.update(b"part two")
print(h.hexdigest() == hmac.new(b"secret", b"part one, part two", "sha256").hexdigest())
print(c.hexdigest() == hmac.new(b"secret", b"part one, ", "sha256").hexdigest())
print(h.digest() == bytes.fromhex(h.hexdigest()), type(h).__name__)
print(hmac.digest(b"k", b"m", "md5") == hmac.new(b"k", b"m", "md5").digest())
print(hmac.digest(b"k" * 100, b"m", hashlib.sha1).hex())
print(hmac.new(bytearray(b"k"), memoryview(b"msg"), digestmod=hashlib.sha256).hexdigest())
print(hmac.digest_size, hmac.trans_5C[:4], hmac.trans_36[-2:])


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, repr(str(e)))


t(hmac.compare_digest, "abc", "abc")
t(hmac.compare_digest, "abc", "abd")
t(hmac.compare_digest, b"abc", bytearray(b"abc"))
t(hmac.compare_digest, b"abc", b"ab")
t(hmac.compare_digest, "abc", b"abc")
t(hmac.compare_digest, "é", "é")
t(hmac.compare_digest, 1, 2)
t(hmac.new, b"k")
t(hmac.new, "k", digestmod="sha256")
t(hmac.new, b"k", "msg", digestmod="sha256")
t(hmac.new, b"k", digestmod="nope")
t(hmac.new, b"k", digestmod=5)

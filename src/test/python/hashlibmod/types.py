# the hash types themselves: names, modules, what instances offer, and that only their
# constructors make instances
import _blake2
import _hashlib
import hashlib
import hmac

TYPES = (hashlib.blake2b, hashlib.blake2s, _hashlib.HASH, _hashlib.HASHXOF, _hashlib.HMAC)
for T in TYPES:
    print(T, T.__name__, T.__module__, T.__qualname__)
    try:
        object.__new__(T)
    except TypeError as e:
        print(e)
    try:
        T()
    except TypeError as e:
        print(e)
    try:
        Sub = type("Sub", (T,), {})
    except TypeError as e:
        print(e)
        continue
    for make in (Sub, lambda: object.__new__(Sub)):
        try:
            make()
        except TypeError as e:
            print(e)

print(issubclass(_hashlib.HASHXOF, _hashlib.HASH), _hashlib.HASHXOF.__mro__)
print(_hashlib.UnsupportedDigestmodError.__mro__)
for obj in (hashlib.sha256(), hashlib.shake_128(), hashlib.blake2b(), _hashlib.hmac_new(b"k", digestmod="md5")):
    print(type(obj).__name__, sorted(n for n in dir(obj) if not n.startswith("__")))
print(sorted(n for n in dir(_blake2) if not n.startswith("__")))
print(_blake2.BLAKE2B_SALT_SIZE, _blake2.BLAKE2B_PERSON_SIZE, _blake2.BLAKE2B_MAX_KEY_SIZE, _blake2.BLAKE2B_MAX_DIGEST_SIZE)
print(_blake2.BLAKE2S_SALT_SIZE, _blake2.BLAKE2S_PERSON_SIZE, _blake2.BLAKE2S_MAX_KEY_SIZE, _blake2.BLAKE2S_MAX_DIGEST_SIZE)
print(type(hashlib.blake2b.name).__name__, type(hashlib.blake2b.digest_size).__name__)
print(type(hashlib.sha256).__name__, hashlib.sha256.__module__, hashlib.scrypt.__module__)
print(sorted(n for n in dir(hmac) if not n.startswith("_")))

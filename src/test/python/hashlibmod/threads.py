# pbkdf2_hmac and scrypt run without the GIL (as in CPython): several threads deriving
# keys at once get the same results as one thread alone; checks itself
import hashlib
import threading

JOBS = [("sha256", b"pw%d" % i, b"salt", 2000 + i) for i in range(4)]
expected_pbkdf2 = [hashlib.pbkdf2_hmac(*job) for job in JOBS]
expected_scrypt = [hashlib.scrypt(b"pw%d" % i, salt=b"s", n=256, r=4, p=2, dklen=20) for i in range(4)]
results = {}


def work(i):
    for _ in range(3):
        a = hashlib.pbkdf2_hmac(*JOBS[i])
        b = hashlib.scrypt(b"pw%d" % i, salt=b"s", n=256, r=4, p=2, dklen=20)
        h = hashlib.blake2b(b"x" * 1000 * i, key=b"k%d" % i).hexdigest()
        results.setdefault(i, []).append((a, b, h))


threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for i in range(4):
    want = (expected_pbkdf2[i], expected_scrypt[i], hashlib.blake2b(b"x" * 1000 * i, key=b"k%d" % i).hexdigest())
    assert results[i] == [want] * 3, i
print("threads ok")

# large updates run without the GIL, and the object's lock keeps concurrent updates of one
# hash whole: identical chunks give the same digest in any interleaving
chunk = b"abc" * 10000
for make in (hashlib.sha256, hashlib.blake2b, hashlib.shake_128, lambda: hashlib.new("sm3")):
    shared = make()
    readers = []

    def feed():
        for _ in range(5):
            shared.update(chunk)
            readers.append(shared.copy().digest(16) if shared.name.startswith("shake") else shared.copy().digest())

    ts = [threading.Thread(target=feed) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    alone = make()
    alone.update(chunk * 20)
    if alone.name.startswith("shake"):
        assert shared.digest(16) == alone.digest(16)
    else:
        assert shared.digest() == alone.digest(), alone.name
    assert len(readers) == 20
print("shared objects ok")
import hmac
m = hmac.new(b"key", digestmod="sha256")
ts = [threading.Thread(target=lambda: [m.update(chunk) for _ in range(5)]) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert m.digest() == hmac.new(b"key", chunk * 20, "sha256").digest()
print("hmac ok")

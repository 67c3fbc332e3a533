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

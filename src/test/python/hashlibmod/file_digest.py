# hashlib.file_digest (3.11): binary files, BytesIO, raw FileIO, any readinto() object,
# names and constructors for the digest, and its errors
import hashlib
import io


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(type(r).__name__, r.name, r.hexdigest(8) if r.name.startswith("shake") else r.hexdigest())
    except Exception as e:
        print(type(e).__name__, repr(str(e)))


t(hashlib.file_digest, io.BytesIO(b"abc"), "sha256")
t(hashlib.file_digest, io.BytesIO(b"abc"), "blake2b")
t(hashlib.file_digest, io.BytesIO(b"abc"), hashlib.shake_128)
t(hashlib.file_digest, io.BytesIO(b"abc"), lambda: hashlib.blake2s(digest_size=8))
t(hashlib.file_digest, io.BytesIO(b"abc"), "sha256", _bufsize=1)
t(hashlib.file_digest, io.BufferedReader(io.BytesIO(b"abc" * 1000)), "sm3", _bufsize=7)
t(hashlib.file_digest, io.BytesIO(b"abc"), digest="sha256")
t(hashlib.file_digest, io.BytesIO(b"abc"))
t(hashlib.file_digest, io.BytesIO(b"abc"), "nope")
t(hashlib.file_digest, io.BytesIO(b"abc"), None)
t(hashlib.file_digest, b"abc", "sha256")
with open("file_digest.py", "rb") as f:
    whole = f.read()
with open("file_digest.py", "rb") as f:
    print(hashlib.file_digest(f, "sha1").hexdigest() == hashlib.sha1(whole).hexdigest())
with open("file_digest.py", "rb", buffering=0) as f:
    print(hashlib.file_digest(f, hashlib.md5, _bufsize=100).hexdigest() == hashlib.md5(whole).hexdigest())
with open("file_digest.py", "r") as f:
    t(hashlib.file_digest, f, "sha1")


class NotReadable:
    def readable(self):
        return False

    def readinto(self, b):
        return 0

    def __repr__(self):
        return "NotReadable()"


class NoReadinto:
    def readable(self):
        return True

    def __repr__(self):
        return "NoReadinto()"


class Chunks:
    def __init__(self):
        self.parts = [b"ab", b"c", b"", b"never read"]

    def readable(self):
        return True

    def readinto(self, b):
        p = self.parts.pop(0)
        b[:len(p)] = p
        return len(p)


t(hashlib.file_digest, NotReadable(), "md5")
t(hashlib.file_digest, NoReadinto(), "md5")
t(hashlib.file_digest, Chunks(), "sha1")

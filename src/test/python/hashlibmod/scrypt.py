# scrypt (RFC 7914): the RFC's vectors, small parameter sweeps, and CPython's checks
import hashlib

s = hashlib.scrypt
print(s(b"", salt=b"", n=16, r=1, p=1, dklen=64).hex())
print(s(b"password", salt=b"NaCl", n=1024, r=8, p=16, dklen=64).hex())
print(s(b"p", salt=b"s", n=16, r=1, p=1).hex())
print(s(password=b"p", salt=b"s", n=16, r=1, p=1).hex())
for n in (2, 4, 32):
    for r in (1, 2, 3):
        for p in (1, 2):
            print(n, r, p, s(b"pw", salt=b"salt", n=n, r=r, p=p, dklen=16).hex())
for dklen in (1, 31, 32, 33, 100):
    print(dklen, s(b"pw", salt=b"salt", n=8, r=1, p=1, dklen=dklen).hex())
print(s(b"p" * 1000, salt=bytearray(b"s"), n=16, r=1, p=1, dklen=10).hex())
print(s(memoryview(b"p"), salt=b"s" * 100, n=16, r=1, p=1, dklen=10).hex())
print(s(b"p", salt=b"s", n=2**14, r=8, p=1, dklen=8).hex())    # 16 MiB, under the default limit
print(s(b"p", salt=b"s", n=16, r=1, p=1, maxmem=2432, dklen=4).hex())  # exactly 128 r (n + p + 2)
print(s(b"p", salt=b"s", n=2**15, r=1, p=1, maxmem=2**31 - 1, dklen=4).hex())
print(s.__name__, s.__module__)


def t(*a, **k):
    try:
        print(s(*a, **k).hex()[:16])
    except Exception as e:
        print(type(e).__name__, repr(str(e)))


t(b"p", b"s", 16, 1, 1)
t()
t(b"p", salt=b"s", n=16, r=1, p=1, bogus=1)
t(b"p", n=16, r=1, p=1)
t(b"p", salt=b"s", r=1, p=1)
t(b"p", salt=b"s", n=16, p=1)
t(b"p", salt=b"s", n=16, r=1)
t("p", salt=b"s", n=16, r=1, p=1)
t(None, salt=b"s", n=16, r=1, p=1)
t(b"p", salt="s", n=16, r=1, p=1)
t(b"p", salt=None, n=16, r=1, p=1)
for n in (15, 1, 0, True, 2**63, 2**64 - 1):
    t(b"p", salt=b"s", n=n, r=1, p=1)
for n in (-2, 2**64, 16.0, None, "2"):
    t(b"p", salt=b"s", n=n, r=1, p=1)
t(b"p", salt=b"s", n=16, r=0, p=1)
t(b"p", salt=b"s", n=16, r=-1, p=1)
t(b"p", salt=b"s", n=16, r=1.5, p=1)
t(b"p", salt=b"s", n=16, r=None, p=1)
t(b"p", salt=b"s", n=16, r=1, p=0)
t(b"p", salt=b"s", n=16, r=1, p=-1)
t(b"p", salt=b"s", n=2, r=2**31, p=1)
t(b"p", salt=b"s", n=2, r=2**32, p=1)
t(b"p", salt=b"s", n=2, r=2**64 - 1, p=1)
t(b"p", salt=b"s", n=2, r=1, p=2**32)
t(b"p", salt=b"s", n=16, r=1, p=2**31)
t(b"p", salt=b"s", n=4, r=2**32, p=0)
for dklen in (0, -1, 2**31, 2**64, None, 1.5, "x"):
    t(b"p", salt=b"s", n=16, r=1, p=1, dklen=dklen)
for maxmem in (-1, 2**31, 2**64, 100, 2431, True, 1.5, "x", None):
    t(b"p", salt=b"s", n=16, r=1, p=1, maxmem=maxmem)
t(b"p", salt=b"s", n=2**20, r=8, p=1)
t(b"p", salt=b"s", n=2**14, r=8, p=1, maxmem=2**24)
t(b"p", salt=b"s", n=2**16, r=1, p=1, maxmem=2**31 - 1)
t(b"p", salt=b"s", n=2**40, r=1, p=1)
t(b"p", salt=b"s", n=16, r=2**20, p=2**20)
# the order of the checks
t(b"p", n=3)
t(b"p", salt=b"s", n=3, r=0, p=0, maxmem=-1, dklen=0)
t(b"p", salt=b"s", n=4, r=0, p=0, maxmem=-1, dklen=0)
t(b"p", salt=b"s", n=4, r=0, p=0, dklen=0)
t(b"p", salt=b"s", n=4, r=1, p=1, maxmem=1.5, dklen=0.5)
t(b"p", salt=b"s", n=3, r=1.5)
t(b"p", salt="s", n=1.5)
t(b"p", salt=b"s", n=3, p=1)
t(b"p", salt=b"s", r=-1, p=1)
t(b"p", salt=b"s", n=4, r=1, p=1, dklen=2**31 - 1, maxmem=1)
t(b"p", salt=b"s", n=4, r=0, p=1, dklen=2**31 - 1)

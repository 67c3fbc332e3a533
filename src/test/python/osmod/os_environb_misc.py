# os.environb and getenvb (bytes views of the one environment), getrandom, device
# numbers (major, minor, makedev), the saved ids, getgroups, sync and ctermid.
import os

def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)

t(lambda: os.supports_bytes_environ)
t(lambda: os.environb[b"PATH"] == os.environ["PATH"].encode())
t(lambda: os.getenvb(b"PATH") == os.environ["PATH"].encode())
os.environb[b"ZZ_TEST"] = b"v1"; t(lambda: os.environ["ZZ_TEST"])
os.environ["ZZ_TEST"] = "v2"; t(lambda: os.environb[b"ZZ_TEST"]); t(lambda: b"ZZ_TEST" in os.environb)
del os.environb[b"ZZ_TEST"]; t(lambda: "ZZ_TEST" in os.environ); t(lambda: os.environb[b"ZZ_TEST"])
t(lambda: os.environb["str"]); t(lambda: os.getenvb("x")); t(lambda: repr(os.environb)[:10])
t(lambda: os.environb.get(b"NOPE_ZZ", 1)); t(lambda: os.getenvb(b"NOPE_ZZ")); t(lambda: len(os.environb) == len(os.environ))
t(lambda: os.environb.setdefault(b"ZZ_B", b"\xff")); t(lambda: os.environ["ZZ_B"]); t(lambda: os.environb.pop(b"ZZ_B"))
t(lambda: os.environb.copy() == {k.encode(): v.encode() for k, v in os.environ.items()})
t(lambda: os.environb.__setitem__(b"K", "v"))

t(lambda: len(os.getrandom(5))); t(lambda: os.getrandom(0)); t(lambda: os.getrandom(-1))
t(lambda: type(os.getrandom(3, os.GRND_NONBLOCK | os.GRND_RANDOM))); t(lambda: os.getrandom(1, 99))
print(os.GRND_NONBLOCK, os.GRND_RANDOM)

t(lambda: (os.major(0x12345678), os.minor(0x12345678), os.makedev(0x123, 0x45678)))
t(lambda: (os.makedev(8, 1), os.major(os.makedev(8, 1)), os.minor(os.makedev(8, 1))))
t(lambda: os.major(-1)); t(lambda: os.makedev(-1, 0)); t(lambda: os.major(2 ** 64)); t(lambda: os.major(2 ** 64 - 1))
t(lambda: os.minor(2 ** 64 - 1)); t(lambda: os.makedev(2 ** 31, 0)); t(lambda: os.makedev(-2 ** 31, 0))
t(lambda: os.makedev(1.5, 0)); t(lambda: os.major(1.5)); t(lambda: os.major("a"))
t(lambda: os.makedev(0xfff, 0xff)); t(lambda: os.makedev(0x1000, 0x100))
st = os.stat(".")
t(lambda: os.makedev(os.major(st.st_dev), os.minor(st.st_dev)) == st.st_dev)

t(lambda: (os.getresuid() == (os.getuid(), os.geteuid(), os.getuid()), os.getresgid()[:2] == (os.getgid(), os.getegid())))
t(lambda: (type(os.getgroups()).__name__, all(type(g) is int for g in os.getgroups())))
t(lambda: os.sync()); t(lambda: os.ctermid())

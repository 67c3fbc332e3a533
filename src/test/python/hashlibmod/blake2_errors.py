# blake2b/blake2s: CPython's messages for bad parameters, in CPython's order
import hashlib


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r.hexdigest()[:16])
    except Exception as e:
        print(type(e).__name__, repr(str(e)))


for c in (hashlib.blake2b, hashlib.blake2s):
    print(c.__name__)
    t(c, digest_size=0)
    t(c, digest_size=c.MAX_DIGEST_SIZE + 1)
    t(c, digest_size=-1)
    t(c, digest_size=2**70)
    t(c, digest_size=1.5)
    t(c, digest_size="x")
    t(c, digest_size=None)
    t(c, key=b"k" * (c.MAX_KEY_SIZE + 1))
    t(c, salt=b"s" * (c.SALT_SIZE + 1))
    t(c, person=b"p" * (c.PERSON_SIZE + 1))
    t(c, key="k")
    t(c, salt="s")
    t(c, person=5)
    t(c, fanout=-1)
    t(c, fanout=256)
    t(c, fanout=2**40)
    t(c, fanout=1.0)
    t(c, depth=0)
    t(c, depth=256)
    t(c, leaf_size=-1)
    t(c, leaf_size=2**32)
    t(c, leaf_size=2**64)
    t(c, leaf_size=1.5)
    t(c, leaf_size=True)
    t(c, node_offset=-1)
    t(c, node_offset=2**48)
    t(c, node_offset=2**64)
    t(c, node_offset="x")
    t(c, node_depth=-1)
    t(c, node_depth=256)
    t(c, inner_size=-1)
    t(c, inner_size=c.MAX_DIGEST_SIZE + 1)
    t(c, last_node=[])
    t(c, "abc")
    t(c, 5)
    t(c, b"", b"")
    t(c, data=b"x")
    t(c, string=b"x")
    t(c, bogus=1)
    # conversions come first, in parameter order; then the range checks
    t(c, digest_size=0, fanout=-1)
    t(c, fanout=-1, key=b"k" * 100)
    t(c, salt=b"s" * 100, key=b"k" * 100)
    t(c, person=b"p" * 100, salt=b"s" * 100)
    t(c, key=b"k" * 100, digest_size=0)
    t(c, leaf_size=-1, digest_size=0)
    t(c, leaf_size=2**32, digest_size=0)
    t(c, node_offset=2**64, digest_size=0)
    t(c, leaf_size=2**32, node_depth=-1)
    t(c, inner_size=-1, key=b"k" * 100)
    t(c, person=b"p" * 100, fanout=-1)
    t(c, depth=0, leaf_size=2**32)
    t(c, key="x", digest_size=1.5)
    t(c, fanout=1.5, leaf_size=-1)
    t(c, depth=0, node_depth=-1, inner_size=-1)
    h = c(b"abc")
    t(h.update, "x")
    t(h.update, 5)
    t(h.update)
    t(h.digest, 1)
    t(h.hexdigest, 1)
    try:
        h.name = "x"
    except AttributeError:
        print("name is read-only")
    try:
        h.foo = 1
    except AttributeError:
        print("no instance attributes")
    print(repr(h).startswith("<_blake2.%s object at 0x" % c.__name__), c)
    try:
        class Sub(c):
            pass
    except TypeError as e:
        print(e)

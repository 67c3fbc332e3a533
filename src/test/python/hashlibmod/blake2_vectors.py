# BLAKE2b and BLAKE2s: RFC 7693 vectors, every digest size, keys, salt, person, tree
# parameters, input lengths across block boundaries, streaming and copy()
import hashlib

B, S = hashlib.blake2b, hashlib.blake2s
print(B(b"abc").hexdigest())
print(S(b"abc").hexdigest())
print(B().hexdigest())
print(S().hexdigest())
for c in (B, S):
    print(c.__name__, c.SALT_SIZE, c.PERSON_SIZE, c.MAX_KEY_SIZE, c.MAX_DIGEST_SIZE)
    h = c()
    print(h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)

data = bytes((i * 7 + 3) % 256 for i in range(600))
for c in (B, S):
    # input lengths around the block size (64 / 128) and its multiples
    for n in (0, 1, 2, 31, 32, 33, 63, 64, 65, 127, 128, 129, 255, 256, 257, 383, 384, 385, 600):
        print(c.__name__, n, c(data[:n]).hexdigest())
    for size in range(1, c.MAX_DIGEST_SIZE + 1):
        print(c.__name__, "size", size, c(data[:100], digest_size=size).hexdigest())
    for k in (1, 16, c.MAX_KEY_SIZE):
        key = bytes(range(k))
        for n in (0, 1, c.MAX_KEY_SIZE * 2, c.MAX_KEY_SIZE * 2 + 1):
            print(c.__name__, "key", k, n, c(data[:n], key=key).hexdigest())
    print(c(b"x", salt=b"salt", person=b"me").hexdigest())
    print(c(b"x", salt=b"s" * c.SALT_SIZE, person=b"p" * c.PERSON_SIZE).hexdigest())
    print(c(b"x", salt=bytearray(b"\x01"), person=memoryview(b"\x02")).hexdigest())
    print(c(b"x", fanout=0, depth=255, leaf_size=2**32 - 1, node_offset=5, node_depth=3,
            inner_size=c.MAX_DIGEST_SIZE, last_node=True).hexdigest())
    print(c(b"x", node_offset=2**48 - 1).hexdigest())
    print(c(b"x", last_node=True).hexdigest(), c(b"x", last_node=1).hexdigest() == c(b"x", last_node="y").hexdigest())
    print(c(b"x", digest_size=20, key=b"k", usedforsecurity=False).hexdigest())
    # streaming in pieces of every size equals hashing at once
    whole = c(data, key=b"key", digest_size=17).hexdigest()
    for step in (1, 3, 63, 64, 65, 128, 129, 300):
        h = c(key=b"key", digest_size=17)
        for i in range(0, len(data), step):
            h.update(data[i:i + step])
        assert h.hexdigest() == whole, (c, step)
    print(c.__name__, "streaming ok", whole)
    # copy forks the state; digest() does not end it
    h = c(b"abc")
    d = h.copy()
    d.update(b"def")
    print(h.hexdigest() == c(b"abc").hexdigest(), d.hexdigest() == c(b"abcdef").hexdigest())
    print(h.digest() == bytes.fromhex(h.hexdigest()), h.digest() == h.digest())
    h.update(b"def")
    print(h.hexdigest() == d.hexdigest(), type(d) is c)
    print(type(c.__new__(c)).__name__, c.__new__(c).hexdigest() == c().hexdigest())

print(B(b"x", node_offset=2**64 - 1).hexdigest())
print(hashlib.new("blake2b", b"abc", digest_size=16).hexdigest())
print(hashlib.new("blake2s", data=b"abc", key=b"k").hexdigest())
print(hashlib.new("blake2b512", b"abc").hexdigest() == B(b"abc").hexdigest())
print(type(hashlib.new("blake2s256")).__name__, hashlib.new("BLAKE2s256").name)

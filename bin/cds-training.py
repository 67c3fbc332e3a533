# Run once by ./gilpy after it builds the jar, to record which classes a typical program
# loads into a class-data-sharing archive (target/gilpy.jsa) that later runs start from.
# It only needs to touch many kinds of object and statement; its output is discarded.
import sys, math, time, io, threading, queue, heapq, signal, copyreg

class Base:
    __slots__ = ("x",)
    def __init__(self, x): self.x = x
    def __repr__(self): return "Base(%r)" % (self.x,)
    @property
    def double(self): return self.x * 2
    @staticmethod
    def s(a, *args, k=1, **kw): return a, args, k, kw
    @classmethod
    def c(cls): return cls.__name__

class Child(Base):
    def __init__(self, x, y=0):
        super().__init__(x)
        self.y = y if hasattr(self, "__dict__") else 0

def gen(n):
    for i in range(n):
        yield i * i
    return n

def outer():
    total = 0
    def inner(v):
        nonlocal total
        total += v
    for v in gen(10):
        inner(v)
    yield from gen(3)
    return total

words = "the quick brown fox jumps over the lazy dog".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
pairs = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
text = " ".join(w.upper() + w.lower().capitalize() for w in words).replace("O", "0")
report = ["%-6s %3d %5.2f %x" % (w, n, n / 3, n) for w, n in pairs]
report.append("{0:>8}|{1:<4}|{2:^5.1f}".format("a", 2, 3.14159))
report.append(f"{len(text)!r} {math.sqrt(2):.9f} {10**40 // 7} {divmod(-7, 2)} {1.5e300 * 10:g}")
s = {1, 2, 3} | frozenset([4]); b = bytes(range(10)) + bytearray(b"xy"); t = (1, "a", 2.5, None, True, 3j)
nums = [x % 7 for x in range(100) if x & 1]; nums.sort(reverse=True); squares = {k: k * k for k in nums}
c = Child(1, 2); vals = (repr(c), c.double, Base.s(1, 2, k=3, z=4), Child.c(), list(outer()), str(b), t[1:])
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    err = (e.__cause__, sys.exc_info()[0])
with io.StringIO() as f:
    print(*report, sep="\n", file=f)
    print(vals, s, squares.get(5), err, file=f)
q = queue.Queue()
lock = threading.Lock()
def worker():
    with lock:
        q.put(sum(heapq.nsmallest(3, nums)))
th = [threading.Thread(target=worker) for _ in range(2)]
for x in th: x.start()
for x in th: x.join()
time.sleep(0)
print(q.get() + q.get(), time.strftime("%Y", time.gmtime(0)), signal.getsignal(signal.SIGINT) is not None)

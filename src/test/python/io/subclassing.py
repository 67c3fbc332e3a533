import io


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print("hello", file=u)
u.write("world\n")
print(repr(u.getvalue()), type(u).__name__, isinstance(u, io.StringIO))
u.tag = "attr"
print(u.tag, u.__dict__)


class Numbered(io.StringIO):
    def __init__(self, text):
        super().__init__(text)
        self.count = 0

    def readline(self, *args):
        self.count += 1
        line = super().readline(*args)
        return line


n = Numbered("a\nb\nc\n")
print(list(n), n.count)


class Counter(io.BytesIO):
    def write(self, b):
        return super().write(b * 2)


c = Counter()
c.write(b"ab")
print(c.getvalue())


class Source(io.RawIOBase):
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, b):
        n = len(b) if len(b) < 3 else 3
        n = n if n < len(self.data) else len(self.data)
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


print(Source(b"abcdefgh").read(), Source(b"xyz").read(2))
br = io.BufferedReader(Source(b"line one\nline two\n"))
print(br.readline(), br.read())
t = io.TextIOWrapper(io.BufferedReader(Source("héllo\nwörld\n".encode())), encoding="utf-8")
print(t.readlines())


class Lines(io.IOBase):
    def __init__(self):
        self.items = ["x\n", "y\n"]

    def readline(self):
        return self.items.pop(0) if self.items else ""


with Lines() as ls:
    print(list(ls), ls.closed)
print(ls.closed)


class LoggingText(io.TextIOWrapper):
    pass


b = io.BytesIO()
w = LoggingText(b, encoding="utf-8")
w.write("caf\u00e9")
w.flush()
print(type(w).__name__, b.getvalue())

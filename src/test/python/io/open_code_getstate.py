# io.open_code, BytesIO/StringIO __getstate__/__setstate__ (what pickling uses) with
# their errors, TextIOWrapper._CHUNK_SIZE and FileIO._blksize.
import io
import os

def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)

t(lambda: io.open_code("nonexistent_zz.py"))
t(lambda: io.open_code(b"x"))
t(lambda: io.open_code(5))
name = "tmp_oc_%d.txt" % os.getpid()
with open(name, "w") as f: f.write("hi")
with io.open_code(name) as f: print(type(f).__name__, f.mode, f.read())
os.remove(name)
t(lambda: io.BytesIO(b"abc").__getstate__())
t(lambda: io.StringIO("abc\n").__getstate__())
bi = io.BytesIO(); t(lambda: bi.__setstate__((b"xyz", 1, {'a': 1}))); t(lambda: (bi.getvalue(), bi.tell(), bi.a))
t(lambda: bi.__setstate__((b"xyz", 1))); t(lambda: bi.__setstate__([b"xyz", 1, None])); t(lambda: bi.__setstate__(("x", 1, None)))
t(lambda: bi.__setstate__((b"x", -1, None))); t(lambda: bi.__setstate__((b"x", 'a', None))); t(lambda: bi.__setstate__((b"x", 0, 5)))
si = io.StringIO(); t(lambda: si.__setstate__(("xyz", "\n", 1, {'a': 1}))); t(lambda: (si.getvalue(), si.tell(), si.a))
t(lambda: si.__setstate__(("xyz", None, 1, None))); t(lambda: si.__setstate__(("xyz", "\n", 1))); t(lambda: si.__setstate__((b"xyz", "\n", 1, None)))
t(lambda: si.__setstate__(("x", "\n", -1, None))); t(lambda: si.__setstate__(("x", "q", 0, None))); t(lambda: si.__setstate__(("x", "\n", 0, 5)))
s2 = io.StringIO("a\r\nb", newline=None); s2.read(); t(lambda: s2.__getstate__())
t(lambda: hasattr(io.TextIOWrapper, '_CHUNK_SIZE'))
t(lambda: io.TextIOWrapper(io.BytesIO())._CHUNK_SIZE)
tw = io.TextIOWrapper(io.BytesIO()); tw._CHUNK_SIZE = 16; t(lambda: tw._CHUNK_SIZE)
t(lambda: setattr(tw, '_CHUNK_SIZE', 0)); t(lambda: setattr(tw, '_CHUNK_SIZE', 'x')); t(lambda: delattr(tw, '_CHUNK_SIZE'))
with open(__file__, 'rb', buffering=0) as f: t(lambda: f._blksize > 0)
tw = io.TextIOWrapper(io.BytesIO(b"x" * 100 + b"\nrest\n"))
tw._CHUNK_SIZE = 7
print(tw.readline()[-3:], tw.read())
b = io.BytesIO(b"abc")
b.__setstate__((b"hello", 9, None))
b.write(b"!")
print(b.getvalue())

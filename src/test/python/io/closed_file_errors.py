import io

NAME = "_tmp_io_closed_file_errors.txt"
f = open(NAME, "w")
f.close()
for name, args in [("write", ("x",)), ("read", ()), ("readline", ()), ("flush", ()), ("tell", ()),
                   ("seek", (0,)), ("fileno", ()), ("isatty", ()), ("readable", ()), ("writable", ()),
                   ("seekable", ()), ("truncate", ())]:
    try:
        getattr(f, name)(*args)
        print(name, "ok")
    except ValueError as e:
        print(name, type(e).__name__, e)
print(f.closed, f.name)
b = open(NAME, "rb")
b.close()
for name in ["read", "readline", "tell", "peek"]:
    try:
        getattr(b, name)()
    except ValueError as e:
        print("binary", name, e)
try:
    next(iter(b))
except ValueError as e:
    print("iter", e)
with open(NAME, "w") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e, isinstance(e, OSError), isinstance(e, ValueError))
with open(NAME, "rb") as f:
    try:
        f.write(b"x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
with open(NAME, "wb") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
r = io.FileIO(NAME, "r")
try:
    r.write(b"x")
except ValueError as e:
    print(type(e).__name__, e)
r.close()
try:
    r.read()
except ValueError as e:
    print("FileIO", e)
print(io.UnsupportedOperation.__mro__[1:3])
try:
    import os  # remove the scratch file (ImportError only on an interpreter without os)
    os.remove(NAME)
except ImportError:
    open(NAME, "w").close()

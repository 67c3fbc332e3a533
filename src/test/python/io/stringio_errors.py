import io

s = io.StringIO("abc")
for args in [(-1,), (1, 1), (1, 2), (0, 3)]:
    try:
        s.seek(*args)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
print(s.seek(0, 2), s.seek(0, 1))
try:
    s.write(b"x")
except TypeError as e:
    print("TypeError", e)
try:
    s.truncate(-1)
except ValueError as e:
    print("ValueError", e)
s.close()
s.close()
for name in ["read", "getvalue", "tell", "readline", "readable", "seekable"]:
    try:
        getattr(s, name)()
    except ValueError as e:
        print(name, "ValueError", e)
try:
    s.write("x")
except ValueError as e:
    print("write ValueError", e)
try:
    iter(s)
except ValueError as e:
    print("iter ValueError", e)
print(s.closed)

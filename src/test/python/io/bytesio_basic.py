import io

b = io.BytesIO()
print(b.write(b"hello\n"), b.write(bytearray(b"world\n")), b.tell())
print(b.getvalue())
b.seek(0)
print(b.read(3), b.read1(2), b.readline(), b.read(), b.read())
b.seek(0)
print(b.readlines())
b.seek(0)
print(list(b))
b.seek(10)
b.write(b"!")
print(b.getvalue())
print(b.seek(-3, 2), b.read(), b.seek(-100, 1), b.tell())
print(b.truncate(4), b.getvalue(), b.tell())
buf = bytearray(3)
b.seek(1)
print(b.readinto(buf), buf)
c = io.BytesIO(b"line1\nline2\nline3")
print(c.readline(3), c.readline(), c.readlines(1), c.readlines())
try:
    c.write("text")
except TypeError as e:
    print("TypeError", e)
try:
    c.seek(-1)
except ValueError as e:
    print("ValueError", e)
c.close()
try:
    c.read()
except ValueError as e:
    print("ValueError", e)
print(c.closed, io.BytesIO(b"x").readable(), io.BytesIO().seekable())

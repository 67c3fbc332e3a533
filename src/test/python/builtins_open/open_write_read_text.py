NAME = "_tmp_builtins_open_write_read_text.txt"
f = open(NAME, "w", encoding="utf-8")
print(type(f).__name__, f.name, f.mode, f.closed, f.writable(), f.readable())
n = f.write("first line\n")
print(n, f.write("second: héllo 日本\n"), f.write(""))
f.write("third")
f.close()
print(f.closed)
f = open(NAME, encoding="utf-8")
print(f.mode, repr(f.read()))
f.close()
f = open(NAME, "r", encoding="utf-8")
print(repr(f.read(5)), repr(f.read(6)), repr(f.read()), repr(f.read()))
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", e)

NAME = "_tmp_builtins_open_newlines_and_encoding.txt"
with open(NAME, "wb") as f:
    f.write(b"unix\nwindows\r\nmac\rend")
with open(NAME) as f:
    print(repr(f.read()))
with open(NAME, newline="") as f:
    print(f.readlines())
with open(NAME, newline="\r\n") as f:
    print(f.readlines())
with open(NAME, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, "w", encoding="latin-1") as f:
    f.write("café")
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, encoding="latin-1") as f:
    print(f.read())
with open(NAME, encoding="utf-8", errors="replace") as f:
    print(f.read())
try:
    with open(NAME, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
with open(NAME, "w", encoding="utf-16") as f:
    f.write("hi")
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, encoding="utf-16") as f:
    print(f.read())

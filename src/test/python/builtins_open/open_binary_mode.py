NAME = "_tmp_builtins_open_binary_mode.bin"
with open(NAME, "wb") as f:
    print(type(f).__name__, f.mode)
    print(f.write(b"\x00\x01binary\xff"), f.write(bytearray(b"\n2nd")), f.write("é".encode("utf-8")))
with open(NAME, "rb") as f:
    data = f.read()
    print(type(f).__name__, f.mode, data, len(data))
with open(NAME, "rb") as f:
    print(f.read(3), f.read(0), f.readline(), f.read())
with open(NAME, "rb") as f:
    print(list(f))
with open(NAME, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError", e)
with open(NAME, "w", encoding="utf-8") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print("TypeError", e)
with open(NAME, "wb") as f:
    f.write("日本".encode("utf-8"))
with open(NAME, encoding="utf-8") as f:
    print(f.read())
with open(NAME, "rb") as f:
    print(f.read().decode("utf-8"))

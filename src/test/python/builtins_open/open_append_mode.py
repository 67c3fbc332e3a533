NAME = "_tmp_builtins_open_append_mode.txt"
with open(NAME, "w") as f:
    f.write("one\n")
with open(NAME, "a") as f:
    print(f.mode)
    f.write("two\n")
with open(NAME, "a") as f:
    f.write("three\n")
with open(NAME) as f:
    print(f.read(), end="")
with open(NAME, "w") as f:
    f.write("truncated\n")
with open(NAME) as f:
    print(f.read(), end="")
with open(NAME, "ab") as f:
    f.write(b"bytes appended\n")
with open(NAME, "r+") as f:
    print(repr(f.read()))
    f.write("via r+\n")
with open(NAME) as f:
    print(f.readlines())
with open(NAME, "w+") as f:
    f.write("w+ content")
    f.seek(0)
    print(repr(f.read()), f.tell())
with open(NAME, "a") as f:
    try:
        f.read()
    except Exception as e:
        print(type(e).__name__, e)
with open(NAME) as f:
    try:
        f.write("x")
    except Exception as e:
        print(type(e).__name__, e)

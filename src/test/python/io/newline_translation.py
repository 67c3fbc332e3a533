NAME = "_tmp_io_newline_translation.txt"
with open(NAME, "wb") as f:
    f.write(b"a\nb\r\nc\rd\r\n\r\ne\r")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(NAME, newline=nl) as f:
        lines = f.readlines()
        print(repr(nl), lines, f.newlines)
    with open(NAME, newline=nl) as f:
        print("   read:", repr(f.read()))
    with open(NAME, newline=nl) as f:
        print("   chars:", [f.read(2) for _ in range(5)])
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(NAME, "w", newline=nl) as f:
        f.write("x\ny\r\nz\r")
    with open(NAME, "rb") as f:
        print("write", repr(nl), f.read())
try:
    open(NAME, newline="x")
except ValueError as e:
    print("ValueError", e)
try:
    open(NAME, "rb", newline="")
except ValueError as e:
    print("ValueError", e)
try:
    import os  # remove the scratch file (ImportError only on an interpreter without os)
    os.remove(NAME)
except ImportError:
    open(NAME, "w").close()

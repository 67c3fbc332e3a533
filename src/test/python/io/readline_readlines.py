NAME = "_tmp_io_readline_readlines.txt"
with open(NAME, "w") as f:
    f.writelines(["first\n", "second line\n", "third\n", "no newline"])
with open(NAME) as f:
    print(repr(f.readline(0)), repr(f.readline(3)), repr(f.readline(-1)))
    try:
        f.readline(None)
    except TypeError as e:
        print("TypeError", e)
    print(f.readlines(3))
    print(f.readlines())
with open(NAME) as f:
    print(f.readlines(10))
with open(NAME) as f:
    for n, line in enumerate(f, 1):
        print(n, line.rstrip())
with open(NAME, "rb") as f:
    print(f.readline(2), f.readline(), f.readlines(5), f.readlines())
with open(NAME, "rb") as f:
    print([len(x) for x in f])
with open(NAME) as f:
    print(next(f), end="")
    print(f.readline(), end="")
    rest = list(f)
    print(rest, list(f))
with open(NAME) as f:
    try:
        f.readline("x")
    except TypeError as e:
        print("TypeError", e)
try:
    import os  # remove the scratch file (ImportError only on an interpreter without os)
    os.remove(NAME)
except ImportError:
    open(NAME, "w").close()

import io

NAME = "_tmp_io_text_vs_binary.txt"
with open(NAME, "w") as f:
    print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__)
    print(f.name, f.mode, f.buffer.mode, f.buffer.raw.mode, f.encoding, f.errors)
    print(f.line_buffering, f.write_through, f.newlines)
    f.write("text\n")
    print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase))
    print(repr(f) == "<_io.TextIOWrapper name='%s' mode='w' encoding='UTF-8'>" % NAME)
for mode in ["rb", "r+b", "ab", "wb", "w+b", "xb"]:
    try:
        with open(NAME, mode) as f:
            print(mode, type(f).__name__, f.mode, f.readable(), f.writable(), f.seekable())
            print(" ", repr(f).startswith("<_io.Buffered"), f.raw.closefd, f.fileno() >= 3)
    except FileExistsError as e:
        print(mode, "FileExistsError", e.errno)
with open(NAME, "rb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.read())
try:
    open(NAME, "r", buffering=0)
except ValueError as e:
    print("ValueError", e)
with open(NAME, "w", encoding="ascii", errors="strict") as f:
    print(f.encoding, f.errors)
with open(NAME, "a+") as f:
    print(f.mode, f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.read()))
raw = io.FileIO(NAME, "w")
print(raw.mode, raw.closefd, raw.name, raw.write(b"raw\n"))
raw.close()
print(raw.closed, repr(raw))
with open(NAME) as f:
    print(f.read())
try:
    import os  # remove the scratch file (ImportError only on an interpreter without os)
    os.remove(NAME)
except ImportError:
    open(NAME, "w").close()

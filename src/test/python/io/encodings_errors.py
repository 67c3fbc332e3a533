NAME = "_tmp_io_encodings_errors.txt"
text = "naïve café ☃ 日本\n"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "cp1252", "utf-8-sig"]:
    try:
        with open(NAME, "w", encoding=enc) as f:
            f.write(text)
            f.write("second\n")
        with open(NAME, "rb") as f:
            data = f.read()
        with open(NAME, encoding=enc) as f:
            back = f.read()
        print(enc, len(data), data[:6], back == text + "second\n")
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError", e)
with open(NAME, "w", encoding="ascii", errors="replace") as f:
    f.write(text)
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, "w", encoding="ascii", errors="ignore") as f:
    f.write(text)
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, "w", encoding="ascii", errors="backslashreplace") as f:
    f.write(text)
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, "wb") as f:
    f.write(b"ok \xff\xfe bad \xc3\xa9 good\n")
for errors in ["replace", "ignore", "surrogateescape", "backslashreplace"]:
    with open(NAME, encoding="utf-8", errors=errors) as f:
        print(errors, ascii(f.read()))
with open(NAME, encoding="latin-1") as f:
    print(ascii(f.read()))
try:
    open(NAME, encoding="no-such-codec")
except LookupError as e:
    print("LookupError", e)
with open(NAME, "w", encoding="ascii") as f:
    try:
        f.write("é")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)
with open(NAME, "wb") as f:
    f.write("é".encode("utf-8") * 5000)
with open(NAME, encoding="utf-8") as f:
    chunks = []
    while True:
        c = f.read(777)
        if not c:
            break
        chunks.append(len(c))
    print(sum(chunks) if False else len(chunks), chunks[0], chunks[-1])
try:
    import os  # remove the scratch file (ImportError only on an interpreter without os)
    os.remove(NAME)
except ImportError:
    open(NAME, "w").close()

import io

for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO("one\r\ntwo\rthree\nfour", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
    w = io.StringIO(newline=nl)
    w.write("x\ny\r\nz\r")
    print("  write:", repr(w.getvalue()))
try:
    io.StringIO(newline="x")
except ValueError as e:
    print("ValueError", e)
try:
    io.StringIO(newline=5)
except TypeError as e:
    print("TypeError", e)
try:
    io.StringIO(b"bytes")
except TypeError as e:
    print("TypeError", e)

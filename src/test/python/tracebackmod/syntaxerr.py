# SyntaxError formatting by format_exception_only and print_exc.
import sys
import traceback

cases = [
    ("bad", ("f.py", 3, 5, "  x = $y  \n", 3, 7)),
    ("bad", ("f.py", 3, 5, "  x = $y  \n")),
    ("bad", ("f.py", 3, 9, "\tx = 1\n  y\n", 4, 1)),
    ("bad", ("f.py", None, 5, "x", 4, 1)),
    ("bad", (None, 3, 0, "x\n", 3, 1)),
    ("bad", ("f.py", 3, 2, "abc\n", 3, -1)),
    ("bad", ("f.py", 3, 2, "abc\n", 3, 0)),
    ("", ("f.py", 3, 2, "abc\n", 3, 10)),
    ("no text", ("f.py", 7, 2, None, 7, 4)),
]
for msg, details in cases:
    print(traceback.format_exception_only(SyntaxError(msg, details)))
print(traceback.format_exception_only(IndentationError("ind", ("f.py", 3, 5, "  x = $y\n", 3, 8))))
print(traceback.format_exception_only(SyntaxError("plain")))
print(traceback.format_exception_only(SyntaxError()))

for source in ["1 +* 2", "x = (1,\n2", "if x:\npass", "def f(:\n  pass", "a = 'unterminated"]:
    try:
        compile(source, "src.py", "exec")
    except SyntaxError as e:
        traceback.print_exc(file=sys.stdout)
        te = traceback.TracebackException.from_exception(e)
        print(te.filename, repr(te.lineno), repr(te.end_lineno), te.offset, te.end_offset, repr(te.text.rstrip("\n")), te.msg)

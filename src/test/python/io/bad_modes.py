NAME = "_tmp_io_bad_modes.txt"
open(NAME, "w").close()
for mode in ["", "rw", "r+w", "ab+x", "rt+b", "U", "rU", "wbt", "q", "r++", "bb", "xa"]:
    try:
        open(NAME, mode).close()
        print(repr(mode), "ok")
    except ValueError as e:
        print(repr(mode), "ValueError", e)
for kw in [{"encoding": "utf-8"}, {"errors": "strict"}, {"newline": "\n"}]:
    try:
        open(NAME, "rb", **kw)
    except ValueError as e:
        print("ValueError", e)
for bad in [{"mode": None}, {"encoding": 3}, {"errors": 4}, {"newline": 5}]:
    try:
        open(NAME, **bad)
    except TypeError as e:
        print("TypeError", e)
for name in [None, 3.5, [NAME]]:
    try:
        open(name)
    except TypeError as e:
        print("TypeError", e)
try:
    open(NAME, buffering="x")
except TypeError as e:
    print("TypeError", e)
try:
    open(NAME, closefd=False)
except ValueError as e:
    print("ValueError", e)
try:
    open("_tmp_io_missing_dir/x.txt", "w")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e)
try:
    open(".", "w")
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e)
try:
    import os  # remove the scratch file (ImportError only on an interpreter without os)
    os.remove(NAME)
except ImportError:
    open(NAME, "w").close()

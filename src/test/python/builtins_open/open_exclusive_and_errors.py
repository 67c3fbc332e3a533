NAME = "_tmp_builtins_open_exclusive_and_errors.txt"
with open(NAME, "w") as f:
    f.write("exists")
try:
    open(NAME, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
try:
    open("_tmp_does_not_exist_dir/missing.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
try:
    open("no_such_file_here.txt")
except OSError as e:
    print(isinstance(e, FileNotFoundError), isinstance(e, OSError), e)
try:
    open(".")
except IsADirectoryError as e:
    print(type(e).__name__, e)
for mode in ["rw", "z", "rr", "wa", "tb", ""]:
    try:
        open(NAME, mode)
    except ValueError as e:
        print("ValueError", repr(mode), e)
try:
    open(NAME, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError", e)
try:
    open(NAME, 5)
except TypeError as e:
    print("TypeError", e)

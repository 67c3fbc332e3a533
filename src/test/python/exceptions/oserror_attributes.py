e = OSError(2, "No such file or directory", "missing.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
print(str(e))
print(repr(e))
for errno_ in (2, 13, 17, 20, 21, 1, 9999):
    err = OSError(errno_, "msg")
    print(errno_, type(err).__name__)
e = OSError("just a message")
print(e.errno, e.strerror, e.filename, str(e))
e = OSError(1, "Operation", "a", None, "b")
print(e.filename, e.filename2, str(e))
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(FileNotFoundError, OSError), FileNotFoundError(2, "x").errno)
try:
    open("definitely_missing_file_for_golden_test.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
try:
    open(".")
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e)

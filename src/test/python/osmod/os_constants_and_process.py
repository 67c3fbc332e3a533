# The os module's constants and process functions (values that do not vary by machine).
import os

print(os.name, repr(os.sep), repr(os.altsep), repr(os.extsep), repr(os.pathsep))
print(repr(os.curdir), repr(os.pardir), repr(os.devnull), repr(os.linesep), repr(os.defpath))
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.error is OSError)

pid = os.getpid()
print(type(pid).__name__, pid > 0, os.getpid() == pid, type(os.getppid()).__name__, os.getppid() != pid)
cwd = os.getcwd()
print(type(cwd).__name__, cwd.startswith(os.sep), cwd.endswith(os.sep + "osmod"))
n = os.cpu_count()
print(type(n).__name__, n >= 1)

# environ: str keys and values; getenv reads it
print(all(type(k) is str and type(v) is str for k, v in os.environ.items()))
print("PATH" in os.environ, os.getenv("PATH") == os.environ["PATH"])
print(os.getenv("GILPY_SURELY_UNSET_VARIABLE"), os.getenv("GILPY_SURELY_UNSET_VARIABLE", "fallback"))
os.environ["GILPY_TEST_VAR"] = "set here"
print(os.getenv("GILPY_TEST_VAR"))
try:
    os.getenv(1)
except TypeError as e:
    print("TypeError:", e)


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath("a/b"), os.fspath(b"a/b"), os.fspath(P("x")), os.fspath(P(b"y")))
for bad in (1, P(2), None):
    try:
        os.fspath(bad)
    except TypeError as e:
        print("TypeError:", e)

for f in (os.getpid, os.getcwd, os.pipe, os.cpu_count):
    try:
        f(1)
    except TypeError as e:
        print("TypeError:", e)
print(os.read, os.read.__name__, os.write.__doc__)

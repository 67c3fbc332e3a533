import sys

for arg in ((), (0,), (3,), ("message",), (None,), (1, 2)):
    e = SystemExit(*arg)
    print(arg, repr(e.code), e.args)
try:
    sys.exit(5)
except SystemExit as e:
    print("sys.exit(5):", e.code, type(e).__name__)
try:
    sys.exit("bye")
except SystemExit as e:
    print("sys.exit('bye'):", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("sys.exit():", e.code)
try:
    raise SystemExit
except Exception:
    print("not an Exception")
except BaseException:
    print("SystemExit is a BaseException")
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, Exception),
      issubclass(GeneratorExit, Exception))

import sys

print("before exit")
try:
    sys.exit(3)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught", repr(e.code))
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
sys.stdout.flush()
sys.exit(7)
print("never printed")

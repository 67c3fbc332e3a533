import sys

try:
    print("working")
    sys.exit(4)
finally:
    print("finally still runs before exit")

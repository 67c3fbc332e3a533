import sys


def inner():
    try:
        sys.exit(2)
    finally:
        print("inner finally")


def outer():
    try:
        inner()
    except Exception:
        print("SystemExit is not caught by except Exception")
    finally:
        print("outer finally")


outer()
print("not reached")

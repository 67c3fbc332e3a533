import sys

old = sys.getrecursionlimit()
print(type(old).__name__, old > 0)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())


def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as e:
    print("RecursionError", e)


def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)


print(ok(100))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError", e)
print(issubclass(RecursionError, RuntimeError))

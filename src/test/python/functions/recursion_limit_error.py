import sys


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(isinstance(RecursionError(), RuntimeError))


def mutual_a(n):
    return mutual_b(n)


def mutual_b(n):
    return mutual_a(n)


try:
    mutual_a(1)
except RecursionError as e:
    print("mutual:", e)
print(sys.getrecursionlimit())
print("still works after recovery:", sum(range(10)))

# traceback.print_exc() draws the same entries and caret lines as an uncaught exception.
import sys
import traceback


def divide(a, b):
    return a / b + 1


def index(d, k):
    return d["items"][k]


def call(f):
    return f(1,
             2)


def attribute(o):
    return o.missing.attr


def run(f, *args):
    try:
        f(*args)
    except Exception:
        traceback.print_exc(file=sys.stdout)
        print("--- format_exc agrees:", traceback.format_exc() == "".join(
            traceback.format_exception(sys.exc_info()[1])))


run(divide, 1, 0)
run(index, {"items": [1, 2]}, 5)
run(call, lambda x: x)
run(attribute, object())
run(lambda: [1][2])
run(lambda: 1 + None)
x = 1


def whole_line():
    raise ValueError("whole line")


run(whole_line)


def deep(n):
    if n == 0:
        raise RecursionError("bottom")
    deep(n - 1)


run(deep, 10)
try:
    divide(1, 0)
except ZeroDivisionError:
    traceback.print_exc(limit=1, file=sys.stdout)
    traceback.print_exc(limit=-1, file=sys.stdout)
    traceback.print_exc(limit=0, file=sys.stdout)
print(traceback.format_exc(), end="")
traceback.print_exc(file=sys.stdout)
index({"items": []}, 1)

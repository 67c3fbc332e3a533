# No caret line when the marked span is the whole line (a call statement, a raise), but a
# bare binary operation keeps its anchors even when it fills the line.
def check(value):
    if value < 0:
        raise ValueError("negative")
    return value


def divide(a, b):
    a / b


check(1)
try:
    check(-1)
except ValueError as e:
    print("caught", e)
divide(1, 0)

def accumulator():
    total = 0
    while True:
        cmd = yield total
        if cmd is None:
            continue
        op, value = cmd
        if op == "add":
            total += value
        elif op == "mul":
            total *= value
        elif op == "quit":
            return total


acc = accumulator()
print(next(acc))
print(acc.send(("add", 5)))
print(acc.send(("mul", 3)))
print(acc.send(None))
try:
    acc.send(("quit", 0))
except StopIteration as e:
    print("final", e.value)


def printer():
    while True:
        line = yield
        print("> " + line)


def filter_upper(target):
    while True:
        item = yield
        if item.isupper():
            target.send(item)


p = printer()
next(p)
f = filter_upper(p)
next(f)
for word in ["HELLO", "quiet", "LOUD", "mixed"]:
    f.send(word)

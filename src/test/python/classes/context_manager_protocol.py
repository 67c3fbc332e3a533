class Managed:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.swallow


with Managed("a") as v:
    print("body", v)

with Managed("b", swallow=True):
    raise ValueError("boom")
print("after swallowed")

try:
    with Managed("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

with Managed("outer") as o, Managed("inner") as i:
    print("nested", o, i)


def early():
    with Managed("ret"):
        return "returned"


print(early())

for n in range(3):
    with Managed("loop%d" % n):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)


class NoEnter:
    def __exit__(self, *a):
        pass


try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError", e)


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError", e)

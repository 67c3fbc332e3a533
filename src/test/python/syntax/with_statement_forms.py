class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False


with CM("a"):
    print("body 1")
with CM("a") as x:
    print("body 2", x)
with CM("a") as x, CM("b") as y:
    print("body 3", x, y)
with (CM("a") as x, CM("b") as y, CM("c")):
    print("body 4", x, y)
with (
    CM("p"),
    CM("q") as q,
):
    print("body 5", q)
with CM("t") as (first, *others):
    print("body 6", first, others)
holder = {}
with CM("k") as holder["key"]:
    pass
print(holder)
try:
    with CM("outer"), CM("inner"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

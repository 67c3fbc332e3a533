x: int = 5
y: "str"
print(x, __annotations__)


def f(a: int, b: str = "s", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b]


print(f(1))
print(f.__annotations__)


class C:
    attr: int
    other: list = []

    def method(self) -> None:
        local: int = 3
        unset: str
        return local


print(C.__annotations__, C.other, C().method())
print("attr" in C.__dict__)
d = {}
d["k"]: int = 7
print(d)


class O:
    pass


o = O()
o.field: float = 1.5
print(o.field)
try:
    print(y)
except NameError as e:
    print(e)


def g(p: (1 + 2)) -> "ret":
    pass


print(g.__annotations__)

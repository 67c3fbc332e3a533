if (n := len([1, 2, 3])) > 2:
    print("long", n)
data = [1, 2, 3, 4, 0, 5]
it = iter(data)
while (v := next(it)) != 0:
    print("v", v)
print([y for x in range(6) if (y := x * x) > 5])
print(y)
print([last := i for i in range(3)], last)


def f():
    total = 0
    vals = [(total := total + i) for i in range(5)]
    return total, vals


print(f())
print((z := 10), z)
print(f"{(w := 3)} {w}")
stuff = {"a": 1}
if (got := stuff.get("a")) is not None:
    print("got", got)
if (got := stuff.get("b")) is None:
    print("missing", got)


def g(a=(d := 4)):
    return a


print(g(), d)
print(any((hit := x) > 2 for x in range(10)), hit)

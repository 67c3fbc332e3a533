cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: 1 - "a",
    lambda: "a" * 1.5,
    lambda: [1] * [2],
    lambda: 1 / "x",
    lambda: 1 // None,
    lambda: "a" % 2 if False else {} % 2,
    lambda: 2 ** "x",
    lambda: 1 @ 2,
    lambda: 1 << 1.0,
    lambda: 1.0 >> 1,
    lambda: 1.5 & 1,
    lambda: {1} | [1],
    lambda: "a" ^ "b",
    lambda: None + None,
    lambda: pow(2, 3, 1.5),
    lambda: divmod("a", 1),
    lambda: 1 < "a",
    lambda: "a" <= 1,
    lambda: [1] > (1,),
    lambda: None >= None,
    lambda: {} < {},
    lambda: 1j < 2j,
]
for c in cases:
    try:
        c()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)


class Foo:
    pass


class Bar:
    pass


for c in [lambda: Foo() + Bar(), lambda: Foo() < Bar(), lambda: Foo() < 1, lambda: 1 <= Foo()]:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
x = 1
try:
    x += "s"
except TypeError as e:
    print("TypeError:", e)
y = [1]
try:
    y -= [1]
except TypeError as e:
    print("TypeError:", e)

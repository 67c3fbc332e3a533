x = "outer"
result = [x for x in range(3)]
print(result, x)

g = (x for x in "ab")
print(x, list(g))

d = {x: x for x in "yz"}
print(x, d)


def f():
    y = 10
    return [y + i for i in range(3)]


print(f())


# the first iterable is evaluated in the enclosing scope
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * n for v in vals for n in vals]
    except NameError as e:
        err = str(e)


print(C.doubled, C.err)


def gen_scope():
    n = 5
    funcs = [lambda: i for i in range(n)]
    return [fn() for fn in funcs]


print(gen_scope())

try:
    print([undefined_var for _ in range(1)])
except NameError as e:
    print(e)

print([i for i in range(3)], "i" in globals())

for i in range(3):
    pass
print("module loop var:", i)


def f():
    for j in range(2):
        k = j * 10
    return j, k


print(f())
funcs = []
for n in range(3):
    def show():
        return n
    funcs.append(show)
print([fn() for fn in funcs])
n = "rebound"
print([fn() for fn in funcs])
[m for m in range(5)]
print("m" in globals())
with_walrus = [(w := v) for v in range(4)]
print(w)


def exc_var():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return "err" in locals()


print(exc_var())

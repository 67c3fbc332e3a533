for x in (-1, 0, 1):
    print("pos" if x > 0 else "zero" if x == 0 else "neg")
print([x if x % 2 else "e" for x in range(5)])


def side(v):
    print("side", v)
    return v


r = side("a") if side(True) else side("b")
print(r)
r = side("a") if side(0) else side("b")
print(r)
y = (lambda: 1) if False else (lambda: 2)
print(y())
print((1 if True else 2) + 10)
print(1 if [] else 2, 1 if [0] else 2, "s" if "" else "empty")

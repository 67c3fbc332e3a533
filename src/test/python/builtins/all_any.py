print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, "x"]), all("abc"), any(""))
print(all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2, 3]), all([[]]), any([[]]), all([None]), any([None, 0.0, 1j]))


def gen(label, values):
    for v in values:
        print(label, "yield", v)
        yield v


print(any(gen("any", [0, 1, 2])))
print(all(gen("all", [1, 0, 2])))
try:
    all(5)
except TypeError as e:
    print("TypeError", e)
print(all({}), any({0: 1}), any({1: 0}), all(range(1, 5)), any(range(0)))

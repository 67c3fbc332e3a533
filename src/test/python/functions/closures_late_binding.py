funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])


def make():
    result = []
    for i in range(3):
        def f():
            return i
        result.append(f)
    i = 99
    return result


print([f() for f in make()])


def make_fixed():
    def bind(i):
        return lambda: i
    return [bind(i) for i in range(3)]


print([f() for f in make_fixed()])
gens = [(lambda: x) for x in "abc"]
print([g() for g in gens])

def f():
    x = "f local"
    a = [x for _ in range(1)]
    b = [x for x in ["comp local"]]
    return a, b, x


print(f())


def nested_comp_closures():
    return [[lambda: (i, j) for j in range(2)] for i in range(2)]


print([[fn() for fn in row] for row in nested_comp_closures()])


def comp_reads_enclosing_late():
    data = [1, 2]
    g = (d * factor for d in data)
    factor = 10
    return list(g)


print(comp_reads_enclosing_late())


def comp_in_nested_function():
    base = 5

    def inner():
        return [base + i for i in range(3)]
    return inner()


print(comp_in_nested_function())

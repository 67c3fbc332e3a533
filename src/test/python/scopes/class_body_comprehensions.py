class Table:
    size = 3
    rows = [i for i in range(size)]
    try:
        grid = [[size for _ in range(2)] for _ in range(2)]
    except NameError as e:
        grid_error = str(e)
    squares = {n: n * n for n in rows}
    labels = list(f"r{n}" for n in rows)


print(Table.rows, Table.squares, Table.labels)
print(Table.grid_error)
size = "module size"


class Table2:
    size = 2
    picks = [size for _ in range(2)]


print(Table2.picks)


class Lambdas:
    factor = 10
    try:
        scaled = (lambda: factor)()
    except NameError as e:
        scaled = "NameError: " + str(e)


print(Lambdas.scaled)

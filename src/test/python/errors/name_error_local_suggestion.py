# Local variables of the failing frame are searched first, then globals, then builtins.
def average(values):
    total = 0
    for value in values:
        total += value
    return totl / len(values)


print(average([1, 2, 3]))

def average(values):
    assert values, "values must not be empty"
    return sum(values) / len(values)


print(average([1, 2, 3]))
print(average([]))

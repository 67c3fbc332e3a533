divide = lambda a, b: a / b
pairs = [(10, 2), (3, 0)]
for a, b in pairs:
    print(divide(a, b))

def compute(values):
    total = values["a"] + values["b"] * values["c"]
    return total


data = {"a": 1, "b": None, "c": 3}
result = compute(data)

# Comprehensions and generator expressions.
squares = [x * x for x in range(10)]
evens = {x for x in data if x % 2 == 0}
index = {k: v for k, v in pairs if k if v}
lazy = (x + 1 for x in data)
nested = [(x, y) for x in xs for y in ys if x != y]
flat = [y for row in grid for y in row]
idiom = [z for x in data for z in [x * 2]]


def in_function(items, limit):
    kept = [i for i in items if i < limit]
    total = sum(i for i in items)
    if any((found := i) > limit for i in items):
        return found
    adders = [lambda y: y + i for i in items]
    return kept, total, adders


class InClass:
    size = 3
    table = [size for _ in range(size)]
    pairs = {n: n * 2 for n in range(size)}

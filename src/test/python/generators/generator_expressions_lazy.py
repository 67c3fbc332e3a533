def source():
    for i in range(3):
        print("produce", i)
        yield i


g = (x * 10 for x in source())
print("genexp created")
for v in g:
    print("consume", v)
pipeline = (y + 1 for y in (x * 2 for x in source()) if y > 0)
print(list(pipeline))
squares = (n * n for n in range(5))
print(3 in squares, list(squares))
print(sum(x for x in range(5) if x % 2), tuple(c for c in "ab"))
g = (i for i in range(3))
print(next(g), g.__name__)
g.close()
print(list(g))

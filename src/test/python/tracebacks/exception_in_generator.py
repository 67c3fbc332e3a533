def numbers():
    yield 1
    yield 2
    raise IndexError("generator ran out")


for n in numbers():
    print(n)

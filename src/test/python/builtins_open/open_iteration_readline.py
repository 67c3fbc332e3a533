NAME = "_tmp_builtins_open_iteration_readline.txt"
with open(NAME, "w") as f:
    f.write("alpha\nbeta\n\ngamma\ndelta")
with open(NAME) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(NAME) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), f.readlines())
with open(NAME) as f:
    print(f.readlines())
with open(NAME) as f:
    print([line.rstrip("\n") for line in f if line.strip()])
with open(NAME) as f:
    print(repr(f.readline(3)), repr(f.readline(100)))
with open(NAME) as f:
    it = iter(f)
    print(it is f, repr(next(f)), repr(next(it)))
    print(sum(1 for _ in f))
with open(NAME) as f:
    print(f.read().splitlines())

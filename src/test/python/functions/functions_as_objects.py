def add(a, b):
    return a + b


def sub(a, b):
    return a - b


ops = {"+": add, "-": sub, "*": lambda a, b: a * b}
for sym in sorted(ops):
    print(sym, ops[sym](7, 3))
alias = add
print(alias is add, alias.__name__, alias(1, 1))
funcs = [add, sub]
print([f(10, 4) for f in funcs])


def dispatcher(name, *args):
    table = {"add": add, "sub": sub}
    handler = table.get(name)
    if handler is None:
        return "unknown " + name
    return handler(*args)


print(dispatcher("add", 1, 2), dispatcher("sub", 1, 2), dispatcher("mul"))


def returns_many():
    return [lambda: "first", lambda: "second"]


print([f() for f in returns_many()])
print(add == add, add != sub)
print(type(add).__name__, type(print).__name__, type(len).__name__)
print(repr(print), repr(len))

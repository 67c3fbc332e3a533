def plain(a, b):
    x = 1
    return x


def star(*args, **kwargs):
    pass


def gen():
    yield 1


def closure():
    v = 1

    def inner():
        return v
    return inner


for fn in (plain, star, gen, closure, closure()):
    c = fn.__code__
    print(c.co_name, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount,
          c.co_varnames, c.co_freevars, c.co_cellvars)
print(plain.__code__.co_filename.replace("\\", "/").split("/")[-1])
print(plain.__code__.co_firstlineno, gen.__code__.co_firstlineno)
print(plain.__code__.co_qualname if hasattr(plain.__code__, "co_qualname") else "-")
print(closure().__code__.co_qualname)

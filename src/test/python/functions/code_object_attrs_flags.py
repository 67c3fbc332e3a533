# code objects: co_* attributes and CPython 3.11's co_flags values (no CO_NOFREE bit)
def outer(a, b=2, *args, c, d=4, **kw):
    "doc of outer"
    x = 1
    def inner(y):
        return x + y
    return inner


c = outer.__code__
print(c.co_name, c.co_firstlineno, c.co_varnames, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount,
      c.co_nlocals, c.co_cellvars, c.co_freevars, c.co_names, c.co_qualname)
print(type(c.co_consts).__name__, c.co_consts[0], c.co_stacksize > 0, c.co_filename.endswith('.py'))
inner = outer(1, c=3)
print(inner.__code__.co_freevars, inner.__code__.co_qualname, hex(inner.__code__.co_flags))


def gen():
    yield 1


def plain(p, /, q):
    return p


def star(*a, **kw):
    pass


def h():
    x = 1
    def i(): return x
    return i


print(hex(gen.__code__.co_flags), hex((lambda: (yield)).__code__.co_flags), hex((x for x in []).gi_code.co_flags))
print(hex(plain.__code__.co_flags), hex(star.__code__.co_flags), hex(h.__code__.co_flags), hex(h().__code__.co_flags))
print(hex(compile('x = 1', 's', 'exec').co_flags), hex((lambda: 0).__code__.co_flags), plain.__code__.co_posonlyargcount)

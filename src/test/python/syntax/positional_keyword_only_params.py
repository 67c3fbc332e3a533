def pos_only(a, b, /, c, d=4):
    return (a, b, c, d)


print(pos_only(1, 2, 3))
print(pos_only(1, 2, c=3, d=5))


def kw_only(a, *, b, c=3):
    return (a, b, c)


print(kw_only(1, b=2))
print(kw_only(a=1, b=2, c=9))


def both(a, /, b, *, c):
    return a, b, c


print(both(1, 2, c=3), both(1, b=2, c=3))


def with_varargs(a, *args, key=None, **rest):
    return a, args, key, sorted(rest.items())


print(with_varargs(1, 2, 3, key="k", z=0))


def pos_only_name_in_kwargs(a, /, **kw):
    return a, kw


print(pos_only_name_in_kwargs(1, a=2))
print(pos_only.__code__.co_posonlyargcount, pos_only.__code__.co_argcount)
print(kw_only.__code__.co_kwonlyargcount, kw_only.__kwdefaults__)

def collect(*args, **kwargs):
    return args, kwargs


print(collect())
print(collect(1, 2, 3))
print(collect(a=1, b=2))
print(collect(1, a=1))
args, kwargs = collect(*range(3), **{"x": 1})
print(type(args).__name__, type(kwargs).__name__, args, kwargs)


def mixed(first, *rest, last="L", **opts):
    return first, rest, last, opts


print(mixed(1))
print(mixed(1, 2, 3, last="z", extra=True))


def forward(*args, **kwargs):
    return mixed(*args, **kwargs)


print(forward("f", "r", k="v"))


def modify_kwargs(**kw):
    kw["added"] = 1
    return kw


original = {"a": 0}
print(modify_kwargs(**original), original)


def kw_order(**kw):
    return list(kw)


print(kw_order(z=1, a=2, m=3))
print(kw_order(**{"b": 1}, a=2))

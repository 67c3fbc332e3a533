n = None
print(n, repr(n), str(n), type(n).__name__, bool(n), n is None, n == None, n != 0)
print(type(None)() is None)
try:
    type(None)(1)
except TypeError as e:
    print("TypeError", e)
print(hash(None) == hash(None))
print([None] * 3, {None: 1}[None], (None,) == (None,))
for f in [lambda: n.attr, lambda: n(), lambda: n[0], lambda: len(n), lambda: iter(n), lambda: n + 1, lambda: n < 1]:
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    n.x = 1
except AttributeError as e:
    print("AttributeError", e)


def f():
    pass


print(f(), f() is None)
print(sorted([3, 1], key=lambda x: x) if n is None else "unreachable")
print(format(None), f"{None!r:>6}", "%s" % None, str(None).upper())
print(n.__class__.__name__, n.__bool__(), n.__eq__(None), n.__eq__(0))

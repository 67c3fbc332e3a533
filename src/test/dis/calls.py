# Calls: plain, methods, keywords, unpacking, decorators.
f()
f(1, 2)
f(a, k=1, j=2)
obj.method(1, k=2)
obj.attr.method()
f(*args)
f(*args, **kwargs)
f(1, *args, 2, *more, k=3, **kwargs)
obj.method(*args)
f(**kwargs, k=1)
f(x for x in y)
print("done", end="")


@decorator
@factory(1, name="n")
def decorated():
    pass


@decorator
class Decorated:
    pass


f(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9,
  c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, d0)

def f(a, b=2):
    pass


def po(a, b, /, c):
    pass


def kwonly(*, k):
    pass


def varkw(a, **kw):
    pass


cases = [
    lambda: f(1, a=1),
    lambda: f(1, 2, b=3),
    lambda: f(1, c=3),
    lambda: f(a=1, zz=2),
    lambda: po(a=1, b=2, c=3),
    lambda: po(1, b=2, c=3),
    lambda: po(1, 2),
    lambda: kwonly(j=1),
    lambda: kwonly(1, k=1),
    lambda: varkw(1, a=2),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(**{1: 2}),
    lambda: (lambda x: x)(y=1),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)


class K:
    def m(self, a):
        pass


try:
    K().m(b=1)
except TypeError as e:
    print(e)
try:
    K().m(1, a=1)
except TypeError as e:
    print(e)

def two(a, b):
    pass


def three(a, b, c):
    pass


def none():
    pass


def with_default(a, b=1):
    pass


cases = [
    lambda: two(),
    lambda: two(1),
    lambda: three(1),
    lambda: three(),
    lambda: two(1, 2, 3),
    lambda: none(1),
    lambda: none(1, 2),
    lambda: with_default(1, 2, 3),
    lambda: with_default(),
    lambda: two(b=1),
    lambda: three(b=1),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)


class C:
    def method(self, x):
        pass

    @staticmethod
    def smeth(x):
        pass

    @classmethod
    def cmeth(cls, x):
        pass


for c in [lambda: C().method(), lambda: C().method(1, 2), lambda: C.smeth(),
          lambda: C.cmeth(), lambda: C.method(1)]:
    try:
        c()
    except TypeError as e:
        print(e)

class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10))
print(callable(add5), callable(Adder), callable(5), callable(print), callable("x"))
print(list(map(add5, [1, 2, 3])))


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print("TypeError", e)
try:
    n = 5
    n()
except TypeError as e:
    print("TypeError", e)
try:
    s = "abc"
    s()
except TypeError as e:
    print("TypeError", e)


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.calls


c = Counter()
c()
c()
print(c(), c.calls)

inst = NotCallable()
inst.__call__ = lambda: "instance attr"
try:
    inst()
except TypeError as e:
    print("TypeError", e)
print(inst.__call__())
